using BcmWorkflows.Domain.Tasks;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Activities.Bcm.Tasks;

/// <summary>
/// When a waiting <see cref="UserTask"/>/<see cref="Approval"/> is cancelled (its instance cancelled or ended, or a
/// WaitAny join took another branch) its open task is cancelled in the same commit, so the inbox never shows a task
/// nobody waits for.
/// </summary>
public sealed class CancelTasksOfCancelledWaits(HumanTasks tasks) : IActivityCancellationHandler
{
    public async Task OnCancelledAsync(WorkflowInstance instance, IReadOnlyCollection<string> activityIds, CancellationToken cancellationToken)
    {
        var why = instance.Status is WorkflowStatus.Cancelled ? "the workflow instance was cancelled."
            : instance.Status is WorkflowStatus.Finished ? "the workflow instance ended."
            : "the workflow no longer waits for it.";
        await tasks.CancelWaitingAsync(instance.Id, activityIds, why, cancellationToken);
    }
}
