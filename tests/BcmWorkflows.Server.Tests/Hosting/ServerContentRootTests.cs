using BcmWorkflows.Server.Hosting;

namespace BcmWorkflows.Server.Tests.Hosting;

/// <summary>The content root is found from the server's files, not from where `dotnet run` was typed.</summary>
public sealed class ServerContentRootTests
{
    [Theory]
    [InlineData("--contentRoot", "/srv/bcm")]
    [InlineData("--contentRoot=/srv/bcm", null)]
    public void A_content_root_given_on_the_command_line_is_left_to_the_host(string first, string? second) =>
        Assert.Null(ServerContentRoot.Resolve(second is null ? [first] : [first, second]));

    [Fact]
    public void Otherwise_it_is_a_folder_holding_the_servers_settings()
    {
        var root = ServerContentRoot.Resolve(["--urls", "http://127.0.0.1:5080"]);

        Assert.NotNull(root);
        Assert.True(File.Exists(Path.Combine(root, "appsettings.json")), $"no appsettings.json in {root}");
    }
}
