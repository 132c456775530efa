namespace BcmWorkflows.Engine.Runtime;

/// <summary>
/// Told when waiting activities are cancelled without completing: the instance was cancelled, an <c>End</c> finished
/// it, or a WaitAny join cancelled the losing branches. Runs in the burst's scope before the commit, so what it changes
/// through scoped services (e.g. cancelling the human tasks those activities waited for) commits with the burst.
/// Register implementations in DI (scoped); every registered handler is called.
/// </summary>
public interface IActivityCancellationHandler
{
    Task OnCancelledAsync(WorkflowInstance instance, IReadOnlyCollection<string> activityIds, CancellationToken cancellationToken);
}
