using System.Collections.Concurrent;
using BcmWorkflows.Engine.Stores;

namespace BcmWorkflows.Engine.Tests.Support;

/// <summary>Remembers which timers the engine scheduled and unscheduled.</summary>
public sealed class RecordingTimerScheduler : IWorkflowTimerScheduler
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _scheduled = new(StringComparer.Ordinal);

    /// <summary>Bookmark id → due time, for timers currently scheduled.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Scheduled => _scheduled;

    public Task ScheduleAsync(string instanceId, string bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        _scheduled[bookmarkId] = dueAt;
        return Task.CompletedTask;
    }

    public Task UnscheduleAsync(string instanceId, string bookmarkId, CancellationToken cancellationToken)
    {
        _scheduled.TryRemove(bookmarkId, out _);
        return Task.CompletedTask;
    }
}
