namespace BcmWorkflows.TestSupport;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped <c>workflows/</c> folder.</summary>
    public static string Workflows => Path.Combine(Root, "workflows");

    /// <summary>The shipped <c>templates/</c> folder.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BcmWorkflows.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No BcmWorkflows.sln above {AppContext.BaseDirectory}.");
    }
}
