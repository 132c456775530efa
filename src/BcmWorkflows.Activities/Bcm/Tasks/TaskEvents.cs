namespace BcmWorkflows.Activities.Bcm.Tasks;

/// <summary>The engine event that wakes a waiting <c>UserTask</c>/<c>Approval</c>: raised after a task's decision is saved.</summary>
public static class TaskEvents
{
    /// <summary><c>bcm.task.completed</c>, correlated by the task id.</summary>
    public const string Completed = "bcm.task.completed";
}
