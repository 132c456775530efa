using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Expressions;
using BcmWorkflows.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>
/// The entry point for running workflows: start, resume, raise events, fire timers, cancel, retry.
/// Each burst runs in its own DI scope and commits once (state, bookmarks, journal, children and
/// whatever the activities wrote through scoped services); timers, children and parents are handled
/// after the commit.
/// </summary>
public sealed class WorkflowRuntime(
    IServiceScopeFactory scopes,
    ActivityRegistry registry,
    ExpressionEngine expressions,
    TimeProvider clock,
    IIdGenerator ids,
    IOptions<EngineOptions> options,
    ILogger<WorkflowRuntime> logger)
{
    private const int GraphCacheLimit = 2_000;
    private readonly ConcurrentDictionary<string, WorkflowGraph> _graphs = new(StringComparer.Ordinal);
    private readonly EngineOptions _options = options.Value;

    /// <summary>Starts an instance and runs its first burst; throws when the definition or input is wrong.</summary>
    public async Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        var burstStart = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var snapshots = services.GetRequiredService<IWorkflowSnapshotStore>();
        var snapshot = await snapshots.FindAsync(request.DefinitionId, request.Version, cancellationToken);
        if (snapshot is null)
        {
            if (request.Version is null && await snapshots.DefinitionExistsAsync(request.DefinitionId, cancellationToken))
                throw new NothingPublishedException(request.DefinitionId);
            throw new WorkflowDefinitionNotFoundException(request.Version is null
                ? $"No workflow definition '{request.DefinitionId}'."
                : $"The workflow '{request.DefinitionId}' has no version {request.Version}.");
        }
        var input = request.Input ?? [];
        WorkflowInputChecker.Check(snapshot.Definition, input);

        var instance = WorkflowInstanceFactory.Create(snapshot, ids.NewId(), input, request.CorrelationId, burstStart);
        var graph = Graph(snapshot);
        var store = services.GetRequiredService<IWorkflowInstanceStore>();
        BurstChanges changes;
        await using (var session = await store.BeginNewAsync(cancellationToken))
        {
            changes = await RunBurstAsync(instance, graph, services, burstStart, cancellationToken);
            await TellCancelledAsync(services, instance, changes, cancellationToken);
            await session.SaveAsync(instance, changes, cancellationToken);
        }
        await AfterCommitAsync(instance, changes, burstStart, request.TriggerStimulusId, cancellationToken);
        return new WorkflowRunResult(instance.Id, instance.Status, instance.DefinitionVersion);
    }

    /// <summary>Resumes one bookmark; false when the bookmark is gone (already resumed, cancelled) or the instance ended.</summary>
    public Task<bool> ResumeAsync(string instanceId, string bookmarkId, JsonNode? payload, CancellationToken cancellationToken = default) =>
        BurstAsync(instanceId, (instance, changes) =>
        {
            if (instance.Status is not (WorkflowStatus.Suspended or WorkflowStatus.Running)) return false;
            var bookmark = instance.State.Bookmarks.Find(b => b.Id == bookmarkId);
            if (bookmark is null) return false;
            instance.State.Bookmarks.Remove(bookmark);
            changes.RemovedBookmarks.Add(bookmark);
            instance.State.Queue.Add(new ScheduledWork { ActivityId = bookmark.ActivityId, Bookmark = bookmark, Payload = payload?.DeepClone() });
            return true;
        }, cancellationToken);

    /// <summary>
    /// Runs queued work of an instance left <c>Running</c> (a child just created, or a node that died mid-burst). With
    /// nothing queued the burst only settles it (Suspended or Finished): a child with no activities finishes.
    /// </summary>
    public Task<bool> RunPendingAsync(string instanceId, CancellationToken cancellationToken = default) =>
        BurstAsync(instanceId, (instance, _) => instance.Status == WorkflowStatus.Running, cancellationToken);

    /// <summary>Re-runs the activity that faulted.</summary>
    public async Task RetryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var retried = await BurstAsync(instanceId, (instance, _) =>
        {
            if (instance.Status != WorkflowStatus.Faulted) return false;
            foreach (var incident in instance.State.Incidents.Where(i => i.ResolvedAt is null)) incident.ResolvedAt = clock.GetUtcNow();
            instance.Status = WorkflowStatus.Running;
            return true;
        }, cancellationToken);
        if (!retried) throw new InvalidInstanceStateException($"Only a Faulted instance can be retried.");
    }

    /// <summary>Cancels an instance: status <c>Cancelled</c>, bookmarks and queued work removed.</summary>
    public async Task CancelAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var cancelled = await MutateAsync(instanceId, (instance, changes, now) =>
        {
            // A Faulted instance may be cancelled (its bookmarks and timers go with it); a finished one may not.
            if (instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled) return false;
            foreach (var bookmark in instance.State.Bookmarks)
            {
                changes.RemovedBookmarks.Add(bookmark);
                changes.CancelledActivities.Add(bookmark.ActivityId);
                changes.Journal.Add(new JournalEntry
                {
                    InstanceId = instance.Id,
                    Sequence = ++instance.State.JournalSequence,
                    At = now,
                    ActivityId = bookmark.ActivityId,
                    ActivityType = _graphs.TryGetValue(instance.SnapshotId, out var g) && g.Activities.TryGetValue(bookmark.ActivityId, out var a) ? a.Type : "",
                    Event = JournalEntry.Cancelled,
                    Message = "Instance cancelled.",
                });
            }
            instance.State.Bookmarks.Clear();
            instance.State.Queue.Clear();
            instance.Status = WorkflowStatus.Cancelled;
            instance.FinishedAt = now;
            return true;
        }, runBurst: false, cancellationToken);
        if (!cancelled) throw new InvalidInstanceStateException("The instance has already ended.");
    }

    /// <summary>
    /// Raises an event: resumes every matching <c>WaitForEvent</c> and starts every published definition
    /// with a matching Event trigger. The event is recorded first, so an instance that is committing its
    /// wait at this moment finds it after its commit.
    /// </summary>
    public async Task<EventResult> RaiseEventAsync(string eventName, string? correlationId, JsonNode? payload, CancellationToken cancellationToken = default)
    {
        correlationId = string.IsNullOrEmpty(correlationId) ? null : correlationId;
        IReadOnlyList<BookmarkMatch> matches;
        IReadOnlyList<string> triggered;
        var stimulus = new Stimulus(0, eventName, correlationId, payload?.DeepClone(), clock.GetUtcNow());
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
            stimulus = stimulus with { Id = await store.RecordStimulusAsync(stimulus, cancellationToken) };
            matches = await store.FindBookmarksAsync(Bookmark.EventType, eventName, correlationId, cancellationToken);
            triggered = await scope.ServiceProvider.GetRequiredService<IWorkflowSnapshotStore>().FindTriggeredByEventAsync(eventName, cancellationToken);
        }
        var stimulusId = stimulus.Id;

        // By instance, not by the bookmark rows just read: a burst running now may replace them (a loop back to
        // the same wait), and the event must then resume the new wait rather than be dropped.
        var resumed = new List<string>();
        foreach (var instanceId in matches.Select(m => m.InstanceId).Distinct(StringComparer.Ordinal))
        {
            if (await DeliverEventAsync(instanceId, stimulus, cancellationToken) != EventDelivery.NotWaiting)
                resumed.Add(instanceId);
        }
        var started = new List<string>();
        var notStarted = new List<NotStarted>();
        var input = payload as JsonObject ?? (payload is null ? [] : new JsonObject { ["payload"] = payload.DeepClone() });
        foreach (var definitionId in triggered)
        {
            try
            {
                var result = await StartAsync(new StartWorkflowRequest(definitionId)
                {
                    Input = (JsonObject)input.DeepClone(),
                    CorrelationId = correlationId,
                    TriggerStimulusId = stimulusId,
                }, cancellationToken);
                started.Add(result.InstanceId);
            }
            catch (Exception ex) when (ex is WorkflowInputException or NothingPublishedException or WorkflowDefinitionNotFoundException)
            {
                // Told to the caller (and logged): the event was recorded, but this definition refused its payload as input.
                logger.LogWarning(ex, "Event {EventName} did not start {DefinitionId}: {Reason}", eventName, definitionId, ex.Message);
                notStarted.Add(new NotStarted(definitionId, ex.Message, (ex as WorkflowInputException)?.Errors));
            }
        }
        return new EventResult(resumed, started) { NotStarted = notStarted };
    }

    /// <summary>
    /// Fires every timer bookmark due by the injected clock, less <paramref name="grace"/> (the safety net
    /// under the scheduler, and how fast-forwarded tests move time).
    /// </summary>
    public async Task<int> FireDueTimersAsync(TimeSpan grace = default, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<BookmarkMatch> due;
        await using (var scope = scopes.CreateAsyncScope())
            due = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindDueTimersAsync(clock.GetUtcNow() - grace, 1_000, cancellationToken);
        var fired = 0;
        foreach (var timer in due)
            if (await ResumeAsync(timer.InstanceId, timer.BookmarkId, null, cancellationToken)) fired++;
        return fired;
    }

    /// <summary>Runs instances left Running by a node that died mid-burst.</summary>
    public async Task<int> RecoverStalledAsync(TimeSpan stalledFor, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> stalled;
        await using (var scope = scopes.CreateAsyncScope())
            stalled = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindStalledAsync(clock.GetUtcNow() - stalledFor, 500, cancellationToken);
        var recovered = 0;
        foreach (var id in stalled)
            if (await RunPendingAsync(id, cancellationToken)) recovered++;
        return recovered;
    }

    private Task<bool> BurstAsync(string instanceId, Func<WorkflowInstance, BurstChanges, bool> prepare, CancellationToken cancellationToken) =>
        MutateAsync(instanceId, (instance, changes, _) => prepare(instance, changes), runBurst: true, cancellationToken);

    /// <param name="stimulusId">The recorded event that caused this burst: neither it nor any event recorded before it may resume the instance's new waits.</param>
    private async Task<bool> MutateAsync(string instanceId, Func<WorkflowInstance, BurstChanges, DateTimeOffset, bool> prepare, bool runBurst,
        CancellationToken cancellationToken, long? stimulusId = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var burstStart = clock.GetUtcNow();
            try
            {
                WorkflowInstance instance;
                BurstChanges changes;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
                    await using var session = await store.BeginExistingAsync(instanceId, cancellationToken)
                        ?? throw new WorkflowInstanceNotFoundException(instanceId);
                    instance = session.Instance!;
                    var prepared = new BurstChanges();
                    if (!prepare(instance, prepared, burstStart)) return false;
                    changes = runBurst
                        ? await RunBurstAsync(instance, await GraphAsync(instance, scope.ServiceProvider, cancellationToken), scope.ServiceProvider, burstStart, cancellationToken, prepared)
                        : prepared;
                    instance.UpdatedAt = burstStart;
                    await TellCancelledAsync(scope.ServiceProvider, instance, changes, cancellationToken);
                    await session.SaveAsync(instance, changes, cancellationToken);
                }
                await AfterCommitAsync(instance, changes, burstStart, stimulusId, cancellationToken);
                return true;
            }
            catch (ConcurrencyConflictException ex) when (attempt < _options.ConcurrencyRetries)
            {
                logger.LogDebug(ex, "Instance {InstanceId} changed under burst attempt {Attempt}; retrying", instanceId, attempt);
            }
        }
    }

    private async Task<BurstChanges> RunBurstAsync(WorkflowInstance instance, WorkflowGraph graph, IServiceProvider services,
        DateTimeOffset now, CancellationToken cancellationToken, BurstChanges? prepared = null)
    {
        using var span = EngineTelemetry.Source.StartActivity("workflow.burst");
        span?.SetTag("workflow.instance.id", instance.Id);
        span?.SetTag("workflow.definition.id", instance.DefinitionId);
        span?.SetTag("workflow.definition.version", instance.DefinitionVersion);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var execution = new WorkflowExecution(instance, graph, registry, expressions, services, now, ids.NewId, _options.MaxActivitiesPerBurst, cancellationToken);
        await execution.RunAsync();
        instance.UpdatedAt = now;
        var definition = new KeyValuePair<string, object?>("workflow.definition.id", instance.DefinitionId);
        var status = new KeyValuePair<string, object?>("workflow.status", instance.Status.ToString());
        EngineTelemetry.Bursts.Add(1, definition, status);
        if (EngineTelemetry.BurstDuration.Enabled) EngineTelemetry.BurstDuration.Record(EngineTelemetry.MillisecondsSince(started), definition, status);
        span?.SetTag("workflow.status", instance.Status.ToString());
        if (prepared is null) return execution.Changes;
        prepared.Journal.AddRange(execution.Changes.Journal);
        prepared.AddedBookmarks.AddRange(execution.Changes.AddedBookmarks);
        prepared.RemovedBookmarks.AddRange(execution.Changes.RemovedBookmarks);
        prepared.Children.AddRange(execution.Changes.Children);
        prepared.CancelledActivities.UnionWith(execution.Changes.CancelledActivities);
        return prepared;
    }

    /// <summary>Lets the registered handlers clean up after cancelled waits, in the burst's unit of work (before its commit).</summary>
    private static async Task TellCancelledAsync(IServiceProvider services, WorkflowInstance instance, BurstChanges changes, CancellationToken cancellationToken)
    {
        if (changes.CancelledActivities.Count == 0) return;
        foreach (var handler in services.GetServices<IActivityCancellationHandler>())
            await handler.OnCancelledAsync(instance, changes.CancelledActivities, cancellationToken);
    }

    private async Task AfterCommitAsync(WorkflowInstance instance, BurstChanges changes, DateTimeOffset burstStart, long? triggerStimulusId, CancellationToken cancellationToken)
    {
        // Most bursts touch no timer: no scope (and no scheduler resolution) for them.
        if (changes.AddedBookmarks.Exists(b => b.DueAt is not null) || changes.RemovedBookmarks.Exists(b => b.DueAt is not null))
        {
            await using var scope = scopes.CreateAsyncScope();
            var timers = scope.ServiceProvider.GetService<IWorkflowTimerScheduler>();
            if (timers is not null) await SyncTimersAsync(timers, instance.Id, changes, cancellationToken);
        }

        foreach (var child in changes.Children)
            await RunPendingAsync(child.Id, cancellationToken);

        if (instance.IsEnded && instance.ParentInstanceId is not null)
            await ResumeParentAsync(instance, cancellationToken);

        var newWaits = changes.AddedBookmarks.Where(b => b.Type == Bookmark.EventType && b.Name is not null && !changes.RemovedBookmarks.Contains(b)).ToList();
        if (newWaits.Count > 0 && !instance.IsEnded)
            await DeliverEarlyEventsAsync(instance.Id, newWaits, burstStart, triggerStimulusId, cancellationToken);
    }

    private async Task SyncTimersAsync(IWorkflowTimerScheduler timers, string instanceId, BurstChanges changes, CancellationToken cancellationToken)
    {
        foreach (var removed in changes.RemovedBookmarks.Where(b => b.DueAt is not null && !changes.AddedBookmarks.Contains(b)))
            await TryTimerAsync(() => timers.UnscheduleAsync(instanceId, removed.Id, cancellationToken), instanceId, removed.Id);
        foreach (var added in changes.AddedBookmarks.Where(b => b.DueAt is not null && !changes.RemovedBookmarks.Contains(b)))
            await TryTimerAsync(() => timers.ScheduleAsync(instanceId, added.Id, added.DueAt!.Value, cancellationToken), instanceId, added.Id);
    }

    // A scheduler failure must not undo a committed burst: the due-timer sweep fires what was not scheduled.
    private async Task TryTimerAsync(Func<Task> action, string instanceId, string bookmarkId)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Timer {BookmarkId} of instance {InstanceId} not (un)scheduled; the due-timer sweep covers it", bookmarkId, instanceId);
        }
    }

    private async Task ResumeParentAsync(WorkflowInstance child, CancellationToken cancellationToken)
    {
        IReadOnlyList<BookmarkMatch> waits;
        await using (var scope = scopes.CreateAsyncScope())
            waits = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindBookmarksAsync(Bookmark.ChildWorkflowType, child.Id, null, cancellationToken);
        var payload = new JsonObject
        {
            ["instanceId"] = child.Id,
            ["status"] = child.Status.ToString(),
            ["output"] = child.State.Output?.DeepClone(),
        };
        foreach (var wait in waits.Where(w => w.InstanceId == child.ParentInstanceId))
            await ResumeAsync(wait.InstanceId, wait.BookmarkId, payload, cancellationToken);
    }

    private async Task DeliverEarlyEventsAsync(string instanceId, List<Bookmark> waits, DateTimeOffset burstStart, long? triggerStimulusId, CancellationToken cancellationToken)
    {
        foreach (var wait in waits)
        {
            IReadOnlyList<Stimulus> early;
            await using (var scope = scopes.CreateAsyncScope())
                early = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindStimuliAsync(wait.Name!, wait.CorrelationId, burstStart, cancellationToken);
            // Every one of them, oldest first: each goes to the wait the instance has by then (a loop waits again),
            // and one that its raiser (or another burst) already delivered is skipped.
            // The event that caused this burst, and any recorded before it, came before the burst: with a clock that
            // did not move (or moved less than its resolution) they still look "during" it.
            foreach (var stimulus in early.Where(s => triggerStimulusId is null || s.Id > triggerStimulusId).OrderBy(s => s.Id))
            {
                if (await DeliverEventAsync(instanceId, stimulus, cancellationToken) == EventDelivery.Delivered)
                    logger.LogInformation("Event {EventName} arrived while instance {InstanceId} was committing its wait; delivered it", wait.Name, instanceId);
            }
        }
    }

    private enum EventDelivery { NotWaiting, Delivered, AlreadyDelivered }

    /// <summary>
    /// Delivers one raised event to one instance under the instance's lock: resumes every wait the instance has
    /// for it at that moment and records the event as delivered there, so that whichever path gets there first
    /// (the raiser, or the burst that committed the wait) delivers it, and only once.
    /// </summary>
    private async Task<EventDelivery> DeliverEventAsync(string instanceId, Stimulus stimulus, CancellationToken cancellationToken)
    {
        var already = false;
        try
        {
            var delivered = await MutateAsync(instanceId, (instance, changes, now) =>
            {
                if (instance.Status is not (WorkflowStatus.Suspended or WorkflowStatus.Running)) return false;
                var seen = instance.State.DeliveredEvents ??= [];
                if (seen.Exists(d => d.Id == stimulus.Id))
                {
                    already = true;
                    return false;
                }
                var waits = instance.State.Bookmarks.Where(b => b.Type == Bookmark.EventType && b.Name == stimulus.EventName
                    && (b.CorrelationId is null || b.CorrelationId == stimulus.CorrelationId)).ToList();
                if (waits.Count == 0) return false;
                foreach (var bookmark in waits)
                {
                    instance.State.Bookmarks.Remove(bookmark);
                    changes.RemovedBookmarks.Add(bookmark);
                    instance.State.Queue.Add(new ScheduledWork { ActivityId = bookmark.ActivityId, Bookmark = bookmark, Payload = stimulus.Payload?.DeepClone() });
                }
                // Older deliveries cannot come again: early delivery only looks at events newer than a burst.
                seen.RemoveAll(d => d.At < now - _options.StimulusRetention);
                seen.Add(new DeliveredEvent(stimulus.Id, now));
                return true;
            }, runBurst: true, cancellationToken, stimulus.Id);
            return delivered ? EventDelivery.Delivered : already ? EventDelivery.AlreadyDelivered : EventDelivery.NotWaiting;
        }
        catch (WorkflowInstanceNotFoundException)
        {
            return EventDelivery.NotWaiting;
        }
    }

    private WorkflowGraph Graph(WorkflowSnapshot snapshot)
    {
        if (_graphs.TryGetValue(snapshot.SnapshotId, out var graph)) return graph;
        if (_graphs.Count >= GraphCacheLimit) _graphs.Clear();
        return _graphs[snapshot.SnapshotId] = new WorkflowGraph(snapshot.SnapshotId, snapshot.Definition);
    }

    private async Task<WorkflowGraph> GraphAsync(WorkflowInstance instance, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (_graphs.TryGetValue(instance.SnapshotId, out var graph)) return graph;
        var snapshot = await services.GetRequiredService<IWorkflowSnapshotStore>().GetAsync(instance.SnapshotId, cancellationToken)
            ?? throw new InvalidOperationException($"Snapshot {instance.SnapshotId} of instance {instance.Id} is missing.");
        return Graph(snapshot);
    }
}
