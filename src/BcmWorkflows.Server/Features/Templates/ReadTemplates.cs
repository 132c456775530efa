using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Templates;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Templates;

/// <summary>The read side: every key, one key with its files' effective text and model documentation, a file's versions.</summary>
public static class ReadTemplates
{
    public sealed record FileSummary(string File, string Source, int? Version);

    public sealed record KeySummary(string Key, IReadOnlyList<string> Languages, bool HasOverride, bool Shipped, IReadOnlyList<FileSummary> Files);

    public sealed record FileDetail(string File, string Source, int? Version, DateTimeOffset? ChangedAt, string? ChangedBy, string Content);

    public sealed record KeyDetail(
        string Key, IReadOnlyList<string> Languages, bool HasOverride, bool Shipped, string? Readme, JsonObject? Sample, IReadOnlyList<FileDetail> Files);

    public sealed record VersionInfo(int Version, bool Deleted, DateTimeOffset CreatedAt, string? CreatedBy, string Content);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithSummary("Every template key: its files, languages, and where each file comes from.");
        group.MapGet("/{key}", Get).WithSummary("One key: each file's effective text, source and version; the model it expects and a sample.");
        group.MapGet("/{key}/files/{file}/versions", Versions).WithSummary("Every stored override version of one file, newest first.");
    }

    private static async Task<Ok<List<KeySummary>>> List(TemplateCatalog catalog, CancellationToken cancellationToken)
    {
        var keys = await catalog.ListAsync(cancellationToken);
        return TypedResults.Ok(keys.Select(set => new KeySummary(set.Key, set.Languages, set.HasOverride, set.IsShipped,
            set.Files.Values.Select(f => new FileSummary(f.Name, TemplatesApi.Spell(f.Origin), f.Version)).ToList())).ToList());
    }

    private static async Task<Ok<KeyDetail>> Get(string key, TemplateCatalog catalog, CancellationToken cancellationToken)
    {
        var set = await catalog.FindAsync(TemplatesApi.RequireKey(key), cancellationToken)
            ?? throw new NotFoundException($"No template '{key}'.");
        var files = set.Files.Values
            .Select(f => new FileDetail(f.Name, TemplatesApi.Spell(f.Origin), f.Version, f.ChangedAt, f.ChangedBy, f.Content))
            .ToList();
        return TypedResults.Ok(new KeyDetail(set.Key, set.Languages, set.HasOverride, set.IsShipped, set.Readme, set.Sample(), files));
    }

    private static async Task<Ok<List<VersionInfo>>> Versions(string key, string file, TemplateCatalog catalog, CancellationToken cancellationToken)
    {
        key = TemplatesApi.RequireKey(key);
        file = TemplatesApi.RequireFile(file);
        var versions = await catalog.VersionsAsync(key, file, cancellationToken);
        if (versions.Count == 0 && (await catalog.FindAsync(key, cancellationToken))?.Files.ContainsKey(file) != true)
            throw new NotFoundException($"Template '{key}' has no file {file}.");
        return TypedResults.Ok(versions.Select(v => new VersionInfo(v.Version, v.Deleted, v.CreatedAt, v.CreatedBy, v.Content)).ToList());
    }
}
