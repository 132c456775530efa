namespace BcmWorkflows.Data;

/// <summary>One definition in the list: its latest version's name and description, and when it last changed.</summary>
public sealed record DefinitionSummary(
    string DefinitionId, string Name, string? Description, int LatestVersion, int? PublishedVersion, DateTimeOffset UpdatedAt, string? UpdatedBy);
