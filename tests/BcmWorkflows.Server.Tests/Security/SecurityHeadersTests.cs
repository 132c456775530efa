using System.Net;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>Every answer — pages, API results, errors, acknowledgement pages — carries the security headers.</summary>
public sealed class SecurityHeadersTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    [Theory]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/api/workflow-definitions", HttpStatusCode.Unauthorized)]
    [InlineData("/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("/ack/not-a-token", HttpStatusCode.BadRequest)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode expected)
    {
        using var client = server.Anonymous();
        using var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    [Fact]
    public async Task Https_responses_carry_hsts()
    {
        using var client = server.Factory.CreateClient(new() { BaseAddress = new Uri("https://bcm.example.test"), HandleCookies = false });
        using var response = await client.GetAsync("/health");
        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"No {name} header on {response.RequestMessage?.RequestUri}");
}
