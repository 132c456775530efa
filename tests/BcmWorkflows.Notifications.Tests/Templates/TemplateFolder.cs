namespace BcmWorkflows.Notifications.Tests.Templates;

/// <summary>A templates folder in the temp directory that a test fills with keys and files; deleted on dispose.</summary>
public sealed class TemplateFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bcm-templates-{Guid.NewGuid():N}");

    public TemplateFolder() => Directory.CreateDirectory(Path);

    /// <summary>Writes <c>&lt;key&gt;/&lt;file&gt;</c>.</summary>
    public TemplateFolder With(string key, string file, string content)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Path, key));
        File.WriteAllText(System.IO.Path.Combine(Path, key, file), content);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned eventually anyway.
        }
    }
}
