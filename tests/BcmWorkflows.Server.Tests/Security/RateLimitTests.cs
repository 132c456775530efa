using System.Net;
using System.Net.Http.Json;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>Login, acknowledgement links and webhooks answer 429 with Retry-After once a client passes its limit (3 a minute here).</summary>
public sealed class RateLimitTests(RateLimitedServer server) : IClassFixture<RateLimitedServer>
{
    private static HttpRequestMessage From(string address, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(ClientAddresses.Header, address);
        return request;
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        var problem = await Api.ProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many requests", problem.Str("title"));
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    private static object Credentials(string email) => new { email, password = "Wrong-Passw0rd!" };

    [Fact]
    public async Task Logins_from_one_address_past_the_limit_are_429_whatever_the_email()
    {
        using var client = server.Anonymous();
        var address = ClientAddresses.New();
        for (var i = 0; i < RateLimitedServer.Limit; i++)
        {
            using var allowed = await client.SendAsync(From(address, HttpMethod.Post, "/api/auth/login", JsonContent.Create(Credentials($"a{i}-{Guid.NewGuid():N}@bcm.test"))));
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var refused = await client.SendAsync(From(address, HttpMethod.Post, "/api/auth/login", JsonContent.Create(new { email = BcmServerFactory.AdminEmail, password = BcmServerFactory.AdminPassword })));
        await AssertTooManyAsync(refused);

        // Another client is not held back.
        using var other = await client.SendAsync(From(ClientAddresses.New(), HttpMethod.Post, "/api/auth/login", JsonContent.Create(new { email = BcmServerFactory.AdminEmail, password = BcmServerFactory.AdminPassword })));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Logins_for_one_email_past_the_limit_are_429_from_any_address()
    {
        var email = await ServerFixture.CreateUserAsync(server.Factory, $"target-{Guid.NewGuid():N}@bcm.test");
        using var client = server.Anonymous();
        for (var i = 0; i < RateLimitedServer.Limit; i++)
        {
            using var allowed = await client.SendAsync(From(ClientAddresses.New(), HttpMethod.Post, "/api/auth/login", JsonContent.Create(Credentials(email))));
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var refused = await client.SendAsync(From(ClientAddresses.New(), HttpMethod.Post, "/api/auth/login", JsonContent.Create(new { email = email.ToUpperInvariant(), password = ServerFixture.UserPassword })));
        await AssertTooManyAsync(refused);
    }

    [Fact]
    public async Task Acknowledgement_links_past_the_limit_are_429()
    {
        using var client = server.Anonymous();
        var address = ClientAddresses.New();
        for (var i = 0; i < RateLimitedServer.Limit; i++)
        {
            using var allowed = await client.SendAsync(From(address, HttpMethod.Get, $"/ack/guess-{i}"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }
        using var refused = await client.SendAsync(From(address, HttpMethod.Post, "/ack/guess-next", new FormUrlEncodedContent([])));
        await AssertTooManyAsync(refused);
    }

    [Theory]
    [InlineData("/api/sms/twilio/inbound")]
    [InlineData("/api/sms/twilio/status")]
    public async Task Twilio_webhooks_past_the_limit_are_429(string path)
    {
        using var client = server.Anonymous();
        var address = ClientAddresses.New();
        for (var i = 0; i < RateLimitedServer.Limit; i++)
        {
            using var allowed = await client.SendAsync(From(address, HttpMethod.Post, path, new FormUrlEncodedContent(TwilioWebhooks.Inbound("+15005550001", "hello"))));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }
        using var refused = await client.SendAsync(From(address, HttpMethod.Post, path, new FormUrlEncodedContent(TwilioWebhooks.Inbound("+15005550001", "hello"))));
        await AssertTooManyAsync(refused);
    }
}
