namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// Which review workflow instances are still running. The domain knows plans, not workflow instances: the Data project
/// answers from the engine's tables, so that a review that was cancelled or faulted without publishing does not keep
/// its plan out of the next cron run forever.
/// </summary>
public interface IReviewRuns
{
    /// <summary>The ids among <paramref name="instanceIds"/> whose instance is Running or Suspended.</summary>
    Task<IReadOnlySet<string>> StillRunningAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken);
}
