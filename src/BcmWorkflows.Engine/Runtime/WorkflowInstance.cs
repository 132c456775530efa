namespace BcmWorkflows.Engine.Runtime;

/// <summary>A running (or finished) workflow: indexed columns plus the JSON state.</summary>
public sealed class WorkflowInstance
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    /// <summary>The immutable snapshot of the definition version this instance started on.</summary>
    public string SnapshotId { get; set; } = "";
    public WorkflowStatus Status { get; set; }
    public string? CorrelationId { get; set; }
    public string? ParentInstanceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public WorkflowState State { get; set; } = new();

    public bool IsEnded => Status is WorkflowStatus.Finished or WorkflowStatus.Faulted or WorkflowStatus.Cancelled;
}
