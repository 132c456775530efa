namespace BcmWorkflows.Domain.Training;

/// <summary>The engine event that wakes a workflow waiting for an assignment (raised after the change is saved).</summary>
public static class TrainingEvents
{
    /// <summary>Correlation id: the assignment id.</summary>
    public const string Changed = "bcm.training.changed";
}
