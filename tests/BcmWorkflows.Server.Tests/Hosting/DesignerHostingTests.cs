using System.Net;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Server.Tests.Hosting;

/// <summary>
/// The server build puts the web designer in wwwroot (Designer.targets) and serves it at <c>/</c>, deep links
/// included, without ever answering an API path with the app's HTML.
/// </summary>
public sealed class DesignerHostingTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    [Fact]
    public void The_server_build_put_the_designer_in_wwwroot()
    {
        var index = Path.Combine(RepoPaths.Root, "src", "BcmWorkflows.Server", "wwwroot", "index.html");
        Assert.True(File.Exists(index), $"{index} is missing: the server build runs npm (Designer.targets); is npm installed?");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/workflows/incident-escalation")]
    public async Task The_app_is_served_at_the_root_and_for_its_own_deep_links_without_signing_in(string path)
    {
        using var response = await server.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\"></div>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_scripts_are_served_and_API_paths_are_never_the_app()
    {
        var client = server.Anonymous();
        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        using (var js = await client.GetAsync(script))
            Assert.Equal(HttpStatusCode.OK, js.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/no-such-endpoint")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/missing.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
