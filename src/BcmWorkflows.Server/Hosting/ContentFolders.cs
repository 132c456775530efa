namespace BcmWorkflows.Server.Hosting;

/// <summary>
/// Finds the shipped <c>workflows/</c> and <c>templates/</c> folders: the configured path, else the
/// nearest such folder above the content root or the binaries — so <c>dotnet run --project
/// src/BcmWorkflows.Server</c> from the repository root and a published image both find it.
/// </summary>
public static class ContentFolders
{
    public static string? Find(string name, string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : throw new InvalidOperationException($"The configured folder '{configured}' for {name} does not exist.");
        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
