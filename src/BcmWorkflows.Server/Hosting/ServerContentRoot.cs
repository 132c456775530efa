namespace BcmWorkflows.Server.Hosting;

/// <summary>
/// Where the server's own files (<c>appsettings.json</c>, the designer in <c>wwwroot</c>) are, independent of the
/// working directory. <c>dotnet run --project src/BcmWorkflows.Server</c> runs in the directory it was typed in (the
/// project sets <c>RunWorkingDirectory</c>), so that relative paths such as the default <c>Data Source=data/bcm.db</c>
/// mean <c>./data/</c> there, as the contract says; the content root then has to be found: the working directory when
/// it holds the server's files (a published image), else the project folder above the binaries (a build), else the
/// binaries' folder. A content root given on the command line or in the environment wins.
/// </summary>
public static class ServerContentRoot
{
    private const string ProjectFile = "BcmWorkflows.Server.csproj";

    /// <summary>The content root to use, or null to leave it to the host (one was given explicitly).</summary>
    public static string? Resolve(string[] args)
    {
        var given = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args).Build();
        if (!string.IsNullOrEmpty(given[HostDefaults.ContentRootKey])) return null;

        var current = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(current, "appsettings.json"))) return current;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, ProjectFile))) return dir.FullName;
        return AppContext.BaseDirectory;
    }
}
