namespace BcmWorkflows.Data.Entities;

/// <summary>
/// One version of a workflow definition. Per <see cref="DefinitionId"/> at most one row has
/// <see cref="IsLatest"/> and at most one has <see cref="IsPublished"/>; the content lives in the
/// immutable snapshot <see cref="SnapshotId"/> points at.
/// </summary>
public class WorkflowDefinitionRecord
{
    public long Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>The snapshot holding this version's JSON; a draft that is saved again points at a new snapshot.</summary>
    public string SnapshotId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
