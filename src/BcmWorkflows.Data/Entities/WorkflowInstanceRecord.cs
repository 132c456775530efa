namespace BcmWorkflows.Data.Entities;

/// <summary>A workflow instance: indexed columns plus the serialised <c>WorkflowState</c>.</summary>
public class WorkflowInstanceRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string SnapshotId { get; set; } = "";
    /// <summary>The <c>WorkflowStatus</c> name: Running, Suspended, Finished, Faulted or Cancelled.</summary>
    public string Status { get; set; } = "";
    public string? CorrelationId { get; set; }
    public string? ParentInstanceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>The <c>WorkflowState</c> serialised with <c>WorkflowJson.Options</c>.</summary>
    public string StateJson { get; set; } = "";
    /// <summary>Optimistic concurrency token: 1 on insert, incremented by every save.</summary>
    public long Revision { get; set; }
}
