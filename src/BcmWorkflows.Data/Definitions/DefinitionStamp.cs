namespace BcmWorkflows.Data;

/// <summary>
/// What a definition's latest version looked like when someone read it. The designer sends its <see cref="ETag"/>
/// back as <c>If-Match</c> when it saves or publishes, so that a save on top of a version someone else saved,
/// published or retracted meanwhile is refused instead of silently replacing their work.
/// </summary>
public sealed record DefinitionStamp(string DefinitionId, int Version, bool IsPublished, DateTimeOffset UpdatedAt, string? UpdatedBy)
{
    /// <summary>Version, published flag and last change to the millisecond (the precision both providers keep).</summary>
    public string ETag => $"\"{Version}-{(IsPublished ? "p" : "d")}-{UpdatedAt.ToUnixTimeMilliseconds()}\"";
}
