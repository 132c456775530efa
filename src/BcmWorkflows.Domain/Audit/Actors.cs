namespace BcmWorkflows.Domain.Audit;

/// <summary>How actors are written in the audit trail.</summary>
public static class Actors
{
    public const string System = "system";

    /// <summary>A change made by a workflow instance (an activity).</summary>
    public static string Workflow(string instanceId) => $"workflow:{instanceId}";
}
