using BcmWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Server.Tests.Acknowledgements;

/// <summary>Checked on the endpoints' metadata: were antiforgery middleware ever added, it would leave these alone.</summary>
public class TokenEndpointsAntiforgeryTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    [Theory]
    [InlineData("/ack/{token}")]
    [InlineData("/api/sms/twilio/inbound")]
    public void Posts_authenticated_by_their_token_or_signature_opt_out_of_antiforgery(string route)
    {
        var endpoint = server.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == route && e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Contains("POST"));

        Assert.False(endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>()?.RequiresValidation ?? true);
    }
}
