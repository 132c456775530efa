namespace BcmWorkflows.Engine.Stores;

/// <summary>Fires timer bookmarks (Delay, timeouts) durably; the host provides it (Quartz in the server).</summary>
public interface IWorkflowTimerScheduler
{
    Task ScheduleAsync(string instanceId, string bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken);
    Task UnscheduleAsync(string instanceId, string bookmarkId, CancellationToken cancellationToken);
}
