namespace BcmWorkflows.Data;

/// <summary>
/// One version of a definition: who created it and when, and the last change to it (a draft saved again, publish,
/// retract) — the designer's versions panel shows both.
/// </summary>
public sealed record DefinitionVersionInfo(
    int Version, bool IsLatest, bool IsPublished, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset UpdatedAt, string? UpdatedBy);
