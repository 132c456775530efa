using System.Net;
using System.Net.Http.Json;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>A write carried by the session cookie is refused when a browser says another site sent it; nothing changes.</summary>
public sealed class CrossSiteRequestTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private async Task<HttpClient> CookieClientAsync()
    {
        var client = server.Factory.CreateClient(new() { HandleCookies = true });
        using var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = BcmServerFactory.AdminEmail, password = BcmServerFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return client;
    }

    private async Task<string> DraftAsync()
    {
        var id = WorkflowApi.NewId("csrf");
        await (await server.AdminAsync()).SaveAsync(Workflows.Simple(id));
        return id;
    }

    private static HttpRequestMessage FormPost(string path, params (string Name, string Value)[] browserHeaders)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent([]) };
        foreach (var (name, value) in browserHeaders) request.Headers.Add(name, value);
        return request;
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    public async Task A_cross_site_form_post_with_the_cookie_is_refused_and_changes_nothing(string header, string value)
    {
        var id = await DraftAsync();
        using var client = await CookieClientAsync();

        using var response = await client.SendAsync(FormPost($"{WorkflowApi.DefinitionUrl(id)}/publish", (header, value)));

        var problem = await Api.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("Cross-site request refused", problem.Str("title"));
        var versions = (await (await server.AdminAsync()).GetOkAsync($"{WorkflowApi.DefinitionUrl(id)}/versions")).AsArray();
        Assert.False(versions.Single()!["isPublished"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_cross_site_multipart_import_with_the_cookie_is_refused_and_imports_nobody()
    {
        using var client = await CookieClientAsync();
        var before = (await client.GetOkAsync("/api/people")).ToJsonString();
        using var form = new MultipartFormDataContent { { new StringContent("name,email\nMallory,mallory@evil.example\n"), "file", "people.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/people/import") { Content = form };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await client.SendAsync(request);

        await Api.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, (await client.GetOkAsync("/api/people")).ToJsonString());
    }

    [Fact]
    public async Task The_same_origin_designer_and_bearer_clients_are_not_affected()
    {
        var id = await DraftAsync();
        using (var client = await CookieClientAsync())
        using (var sameOrigin = await client.SendAsync(FormPost($"{WorkflowApi.DefinitionUrl(id)}/publish", ("Sec-Fetch-Site", "same-origin"), ("Origin", "http://localhost"))))
            Assert.Equal(HttpStatusCode.OK, sameOrigin.StatusCode);

        // A bearer token cannot be attached by another site's form, so its requests are not cookie-borne.
        var admin = await server.AdminAsync();
        using var bearer = FormPost($"{WorkflowApi.DefinitionUrl(id)}/retract", ("Sec-Fetch-Site", "cross-site"));
        bearer.Headers.Authorization = admin.DefaultRequestHeaders.Authorization;
        using var response = await admin.SendAsync(bearer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_lax()
    {
        using var client = server.Factory.CreateClient(new() { HandleCookies = false });
        using var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = BcmServerFactory.AdminEmail, password = BcmServerFactory.AdminPassword });
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("bcm.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
