using BcmWorkflows.Engine.Activities;

namespace BcmWorkflows.Activities.ControlFlow;

/// <summary>Finishes the instance at once, cancelling other branches.</summary>
[Activity("End", "Primitives", "Finishes the instance at once; other branches and waits are dropped.")]
public sealed class End : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.EndWorkflow();
        return ValueTask.CompletedTask;
    }
}
