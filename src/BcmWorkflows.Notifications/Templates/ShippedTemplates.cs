using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Notifications.Templates;

/// <summary>
/// The templates shipped in the <see cref="TemplateOptions.Path"/> folder (<c>templates/&lt;key&gt;/*.sbn</c>, with
/// <c>README.md</c> and <c>sample.json</c>), read once on first use: they are part of the deployment and do not change
/// while the server runs. Folders that are not valid keys and files that are not template file names are skipped
/// with a warning.
/// </summary>
public sealed class ShippedTemplates
{
    private readonly Lazy<IReadOnlyDictionary<string, ShippedTemplate>> _templates;

    public ShippedTemplates(IOptions<TemplateOptions> options, ILogger<ShippedTemplates> logger)
    {
        Folder = options.Value.Path;
        _templates = new(() => Read(Folder, logger));
    }

    /// <summary>The folder read, or null when there is none.</summary>
    public string? Folder { get; }

    /// <summary>Every shipped key, sorted.</summary>
    public IReadOnlyList<string> Keys => _templates.Value.Keys.ToList();

    /// <summary>The key's folder, or null when no such key is shipped.</summary>
    public ShippedTemplate? Find(string key) => _templates.Value.GetValueOrDefault(key);

    private static SortedDictionary<string, ShippedTemplate> Read(string? folder, ILogger logger)
    {
        var result = new SortedDictionary<string, ShippedTemplate>(StringComparer.Ordinal);
        if (folder is null)
        {
            logger.LogWarning("No templates folder (Bcm:Templates:Path); no shipped templates");
            return result;
        }
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("The templates folder {Folder} does not exist; no shipped templates", folder);
            return result;
        }
        foreach (var directory in Directory.EnumerateDirectories(folder))
        {
            var key = Path.GetFileName(directory);
            if (!TemplateNames.IsValidKey(key))
            {
                logger.LogWarning("Skipped templates folder {Folder}: not a valid key (lower-case letters, digits, hyphens)", directory);
                continue;
            }
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in Directory.EnumerateFiles(directory, "*" + TemplateNames.Extension))
            {
                var name = Path.GetFileName(path);
                if (TemplateNames.TryParseFile(name, out var baseName, out var language))
                    files[TemplateNames.FileName(baseName, language)] = File.ReadAllText(path);
                else
                    logger.LogWarning("Skipped template file {File}: not one of the known template file names", path);
            }
            if (files.Count == 0) continue;
            result[key] = new ShippedTemplate(key, files, ReadIfExists(Path.Combine(directory, "README.md")),
                ReadIfExists(Path.Combine(directory, "sample.json")));
        }
        logger.LogInformation("Read {Count} shipped template keys from {Folder}", result.Count, folder);
        return result;
    }

    private static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
