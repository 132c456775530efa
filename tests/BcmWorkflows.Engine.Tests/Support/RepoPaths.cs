namespace BcmWorkflows.Engine.Tests.Support;

/// <summary>Locates the repository's shipped content from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Workflows => Path.Combine(Root, "workflows");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BcmWorkflows.sln"))) return dir.FullName;
        throw new InvalidOperationException("BcmWorkflows.sln not found above the test binaries.");
    }
}
