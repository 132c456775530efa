using BcmWorkflows.Engine.Activities;

namespace BcmWorkflows.Engine.Tests.Support.TestActivities;

/// <summary>
/// An activity class without <see cref="ActivityAttribute"/>: the registry ignores it. Registry tests derive
/// throwaway types from it in a dynamic assembly to give them clashing attributes.
/// </summary>
public class UndeclaredActivityBase : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete("Done");
        return ValueTask.CompletedTask;
    }
}
