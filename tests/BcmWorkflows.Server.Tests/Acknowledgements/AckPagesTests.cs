using System.Net;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Server.Tests.Acknowledgements;

/// <summary><c>GET/POST /ack/{token}</c>: the page shows and changes nothing, the button confirms, bad links get clear 4xx pages.</summary>
public abstract class AckPagesTests(ServerFixture server)
{
    private async Task<string> PathForAsync(AckRequest request, DateTimeOffset? expiresAt = null)
    {
        var links = server.Factory.Services.GetRequiredService<IAckLinks>();
        var token = await links.CreateTokenAsync(request.Id, expiresAt ?? request.ExpiresAt, default);
        Assert.EndsWith($"/ack/{token}", links.UrlFor(token));
        return $"/ack/{token}";
    }

    private async Task<(HttpStatusCode Status, string Html)> SendAsync(HttpMethod method, string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post) request.Content = new FormUrlEncodedContent([]); // what a browser's form sends: no antiforgery token
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await server.Anonymous().SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Opening_the_link_shows_the_message_encoded_with_a_confirm_button_and_changes_nothing()
    {
        var request = (await server.Factory.AddAsync(AckRows.New(summary: "Fire <script>alert(1)</script> & \"evacuate\"")))[0];
        var path = await PathForAsync(request);

        var (status, html) = await SendAsync(HttpMethod.Get, path);
        await SendAsync(HttpMethod.Get, path); // a mail scanner opening it again

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<meta name=\"viewport\"", html);
        Assert.Contains("<form method=\"post\"><button type=\"submit\">Confirm</button></form>", html);
        Assert.Contains("Fire &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;evacuate&quot;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Equal(AckStatus.Open, (await server.Factory.AckRequestAsync(request.Id)).Status);
    }

    [Fact]
    public async Task Pressing_confirm_confirms_by_link_once_and_later_visits_say_it_is_already_confirmed()
    {
        var request = (await server.Factory.AddAsync(AckRows.New()))[0];
        var path = await PathForAsync(request);

        var (status, html) = await SendAsync(HttpMethod.Post, path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Your confirmation has been recorded.", html);
        var stored = await server.Factory.AckRequestAsync(request.Id);
        Assert.Equal((AckStatus.Confirmed, "Link"), (stored.Status, stored.ConfirmedVia));

        var again = await SendAsync(HttpMethod.Post, path);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("Already confirmed", again.Html);
        Assert.Contains("Already confirmed", (await SendAsync(HttpMethod.Get, path)).Html);
        Assert.Equal(stored.ConfirmedAt, (await server.Factory.AckRequestAsync(request.Id)).ConfirmedAt);
    }

    [Fact]
    public async Task A_tampered_token_is_a_400_page_that_confirms_nothing()
    {
        var request = (await server.Factory.AddAsync(AckRows.New()))[0];
        var path = await PathForAsync(request);
        var parts = path["/ack/".Length..].Split('.');
        var mac = WebEncoders.Base64UrlDecode(parts[1]);
        mac[3] ^= 0x40;
        var tampered = $"/ack/{parts[0]}.{WebEncoders.Base64UrlEncode(mac)}";

        var (status, html) = await SendAsync(HttpMethod.Post, tampered);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Link not valid", html);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Get, "/ack/not-a-token")).Status);
        Assert.Equal(AckStatus.Open, (await server.Factory.AckRequestAsync(request.Id)).Status);
    }

    [Fact]
    public async Task An_expired_link_or_request_is_a_410_page_that_confirms_nothing()
    {
        var request = (await server.Factory.AddAsync(AckRows.New()))[0];
        var expiredLink = await PathForAsync(request, DateTimeOffset.UtcNow.AddMinutes(-1));
        var lapsed = (await server.Factory.AddAsync(AckRows.New(expiresIn: TimeSpan.FromMinutes(-5))))[0];
        var linkToLapsed = await PathForAsync(lapsed, DateTimeOffset.UtcNow.AddDays(1));

        var (status, html) = await SendAsync(HttpMethod.Post, expiredLink);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("Link expired", html);
        Assert.Equal(HttpStatusCode.Gone, (await SendAsync(HttpMethod.Get, expiredLink)).Status);
        Assert.Equal(HttpStatusCode.Gone, (await SendAsync(HttpMethod.Post, linkToLapsed)).Status);
        Assert.Equal(AckStatus.Open, (await server.Factory.AckRequestAsync(request.Id)).Status);
        Assert.Equal(AckStatus.Open, (await server.Factory.AckRequestAsync(lapsed.Id)).Status);
    }

    [Fact]
    public async Task A_link_to_an_unknown_request_is_404_and_to_a_closed_one_409()
    {
        var ghost = AckRows.New();
        var closed = (await server.Factory.AddAsync(AckRows.New(status: AckStatus.Closed)))[0];

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, await PathForAsync(ghost))).Status);
        var (status, html) = await SendAsync(HttpMethod.Post, await PathForAsync(closed));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("No longer needed", html);
        Assert.Equal(AckStatus.Closed, (await server.Factory.AckRequestAsync(closed.Id)).Status);
    }

    [Fact]
    public async Task Pages_speak_the_requests_language_or_the_browsers_when_the_link_is_bad()
    {
        var request = (await server.Factory.AddAsync(AckRows.New(language: "zh-CN", summary: "机房火警，请确认您已安全撤离。")))[0];

        var (_, html) = await SendAsync(HttpMethod.Get, await PathForAsync(request));
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("机房火警，请确认您已安全撤离。", html);
        Assert.Contains(">确认</button>", html);

        var (status, invalid) = await SendAsync(HttpMethod.Get, "/ack/garbage.token", acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.5");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("链接无效", invalid);
    }
}

public sealed class AckPagesTests_Sqlite(SqliteServer server) : AckPagesTests(server), IClassFixture<SqliteServer>;

public sealed class AckPagesTests_Postgres(PostgresServer server) : AckPagesTests(server), IClassFixture<PostgresServer>;
