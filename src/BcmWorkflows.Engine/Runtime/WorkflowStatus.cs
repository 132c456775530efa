namespace BcmWorkflows.Engine.Runtime;

/// <summary>Where an instance is in its life.</summary>
public enum WorkflowStatus
{
    /// <summary>Executing now, or has work scheduled that a node will pick up.</summary>
    Running,
    /// <summary>Waiting on bookmarks.</summary>
    Suspended,
    Finished,
    Faulted,
    Cancelled,
}
