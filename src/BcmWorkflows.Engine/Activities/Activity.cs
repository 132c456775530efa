namespace BcmWorkflows.Engine.Activities;

/// <summary>
/// Base of every activity. A new instance is created for each execution (constructor injection from the
/// burst's service scope), its <see cref="InputAttribute"/> properties already set from the definition.
/// An activity either completes with outcomes, creates bookmarks and waits, or throws (an incident).
/// </summary>
public abstract class Activity
{
    /// <summary>Runs the activity when the flowchart reaches it.</summary>
    public abstract ValueTask ExecuteAsync(ActivityExecutionContext context);

    /// <summary>
    /// Runs when one of this activity's bookmarks is resumed (<see cref="ActivityExecutionContext.ResumedBookmark"/>).
    /// The default completes with <c>Done</c>.
    /// </summary>
    public virtual ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        context.Complete("Done");
        return ValueTask.CompletedTask;
    }
}
