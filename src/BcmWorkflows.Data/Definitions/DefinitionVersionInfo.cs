namespace BcmWorkflows.Data;

/// <summary>One version of a definition.</summary>
public sealed record DefinitionVersionInfo(int Version, bool IsLatest, bool IsPublished, DateTimeOffset CreatedAt, string? CreatedBy);
