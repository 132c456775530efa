using System.Text.Json;
using System.Text.Json.Nodes;

namespace BcmWorkflows.Notifications.Templates;

/// <summary>
/// The effective files of one template key: each shipped file, replaced by its newest override unless that override
/// is a deletion, plus files that exist only as overrides.
/// </summary>
public sealed class TemplateFileSet(string key, IReadOnlyDictionary<string, TemplateFile> files, ShippedTemplate? shipped)
{
    public string Key { get; } = key;

    /// <summary>Effective files by file name, sorted.</summary>
    public IReadOnlyDictionary<string, TemplateFile> Files { get; } = files;

    /// <summary>True when at least one file is a coordinator's override.</summary>
    public bool HasOverride => Files.Values.Any(f => f.Origin == TemplateOrigin.Override);

    /// <summary>True when the key has a shipped folder.</summary>
    public bool IsShipped => shipped is not null;

    /// <summary>The shipped <c>README.md</c> documenting the model; null for keys that exist only as overrides.</summary>
    public string? Readme => shipped?.Readme;

    /// <summary>The shipped <c>sample.json</c> as text; null when absent.</summary>
    public string? SampleJson => shipped?.SampleJson;

    /// <summary>Languages with at least one file: <c>en</c> when a file without variant exists, plus each variant's.</summary>
    public IReadOnlyList<string> Languages =>
        TemplateNames.Languages.Where(language => Files.Keys.Any(name =>
            TemplateNames.TryParseFile(name, out _, out var variant) && (variant ?? TemplateNames.DefaultLanguage) == language)).ToList();

    /// <summary>The sample model (a fresh copy), or null when the key has none or it is not a JSON object.</summary>
    public JsonObject? Sample()
    {
        if (SampleJson is null) return null;
        try
        {
            return JsonNode.Parse(SampleJson) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The file to render for <paramref name="baseName"/> in <paramref name="language"/>: its variant, else the plain file; null when neither exists.</summary>
    public TemplateFile? Resolve(string baseName, string language) =>
        TemplateNames.Candidates(baseName, language).Select(name => Files.GetValueOrDefault(name)).FirstOrDefault(f => f is not null);
}
