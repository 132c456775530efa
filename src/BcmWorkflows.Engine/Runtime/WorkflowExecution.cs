using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Expressions;
using BcmWorkflows.Engine.Model;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>
/// Runs one burst of one instance: takes work off the queue until it is empty or the instance ends,
/// following outcome ports to schedule the next activities. Pure in-memory state changes; the caller
/// commits the result once.
/// </summary>
internal sealed class WorkflowExecution
{
    private readonly ActivityRegistry _registry;
    private readonly ExpressionEngine _expressions;
    private readonly Func<string> _newId;
    private readonly int _maxExecutions;

    public WorkflowExecution(WorkflowInstance instance, WorkflowGraph graph, ActivityRegistry registry, ExpressionEngine expressions,
        IServiceProvider services, DateTimeOffset now, Func<string> newId, int maxExecutions, CancellationToken cancellationToken)
    {
        Instance = instance;
        Graph = graph;
        _registry = registry;
        _expressions = expressions;
        Services = services;
        Now = now;
        _newId = newId;
        _maxExecutions = maxExecutions;
        CancellationToken = cancellationToken;
    }

    public WorkflowInstance Instance { get; }
    public WorkflowGraph Graph { get; }
    public IServiceProvider Services { get; }
    public DateTimeOffset Now { get; }
    public CancellationToken CancellationToken { get; }
    public BurstChanges Changes { get; } = new();

    private WorkflowState State => Instance.State;

    public string NewId() => _newId();

    public async Task RunAsync()
    {
        Instance.Status = WorkflowStatus.Running;
        var executions = 0;
        while (State.Queue.Count > 0 && Instance.Status == WorkflowStatus.Running)
        {
            var work = State.Queue[0];
            State.Queue.RemoveAt(0);
            if (++executions > _maxExecutions)
            {
                State.Queue.Insert(0, work);
                Fault(work.ActivityId, TypeOf(work.ActivityId),
                    $"More than {_maxExecutions} activities ran in one burst without waiting: a loop without a Delay or wait?");
                break;
            }
            await ExecuteAsync(work);
        }
        Settle();
    }

    private static void RecordDuration(long started, string type, string result)
    {
        if (started == 0) return;
        EngineTelemetry.ActivityDuration.Record(EngineTelemetry.MillisecondsSince(started),
            new KeyValuePair<string, object?>("activity.type", type), new KeyValuePair<string, object?>("result", result));
    }

    private async Task ExecuteAsync(ScheduledWork work)
    {
        if (!Graph.Activities.TryGetValue(work.ActivityId, out var model))
        {
            Fault(work.ActivityId, null, $"The definition has no activity '{work.ActivityId}'.");
            return;
        }
        var descriptor = _registry.Find(model.Type);
        if (descriptor is null)
        {
            State.Queue.Insert(0, work);
            Fault(model.Id, model.Type, $"Unknown activity type '{model.Type}'.");
            return;
        }

        var resuming = work.Bookmark is not null;
        Journal(model, resuming ? JournalEntry.Resumed : JournalEntry.Started);
        var context = new ActivityExecutionContext(this, model, descriptor, work);
        var timed = EngineTelemetry.ActivityDuration.Enabled ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
        try
        {
            var activity = ActivityFactory.Create(descriptor, Services);
            ActivityFactory.BindInputs(activity, descriptor, model, this);
            if (resuming) await activity.ResumeAsync(context);
            else await activity.ExecuteAsync(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            // Put the work back so that "retry" re-runs exactly this activity.
            State.Queue.Insert(0, work);
            Fault(model.Id, model.Type, ex.Message);
            RecordDuration(timed, model.Type, "faulted");
            return;
        }
        RecordDuration(timed, model.Type, context.EndRequested || context.Outcomes is { Count: > 0 } ? "completed" : "waiting");

        if (context.EndRequested)
        {
            Journal(model, JournalEntry.Completed, context.Outcomes is { Count: > 0 } ends ? ends[0] : null, context.JournalMessage);
            End();
            return;
        }
        if (context.Outcomes is { Count: > 0 } outcomes)
        {
            RemoveBookmarksOf(model.Id);
            Journal(model, JournalEntry.Completed, string.Join(",", outcomes), context.JournalMessage);
            foreach (var outcome in outcomes.Distinct(StringComparer.Ordinal))
            {
                foreach (var target in Graph.TargetsOf(model.Id, outcome))
                    State.Queue.Add(new ScheduledWork { ActivityId = target, Via = WorkflowGraph.Key(model.Id, outcome) });
            }
            return;
        }
        if (context.CreatedBookmarks.Count > 0)
        {
            foreach (var bookmark in context.CreatedBookmarks)
            {
                State.Bookmarks.Add(bookmark);
                Changes.AddedBookmarks.Add(bookmark);
            }
            Journal(model, JournalEntry.Suspended, null, context.JournalMessage);
        }
        // Neither completed nor waiting: e.g. a Join still waiting for other branches. Nothing to record.
    }

    /// <summary>Sets the final status after the queue ran dry.</summary>
    private void Settle()
    {
        if (Instance.Status != WorkflowStatus.Running) return;
        if (State.Queue.Count > 0) return;
        if (State.Bookmarks.Count > 0)
        {
            Instance.Status = WorkflowStatus.Suspended;
            return;
        }
        Instance.Status = WorkflowStatus.Finished;
        Instance.FinishedAt = Now;
        State.Output ??= State.Variables.DeepClone().AsObject();
    }

    private void End()
    {
        State.Queue.Clear();
        foreach (var bookmark in State.Bookmarks.ToList())
        {
            Changes.CancelledActivities.Add(bookmark.ActivityId);
            RemoveBookmark(bookmark);
        }
        Instance.Status = WorkflowStatus.Finished;
        Instance.FinishedAt = Now;
        State.Output ??= State.Variables.DeepClone().AsObject();
    }

    private void Fault(string activityId, string? activityType, string message)
    {
        State.Incidents.Add(new Incident { ActivityId = activityId, ActivityType = activityType, Message = message, At = Now });
        Changes.Journal.Add(NewEntry(activityId, activityType ?? "", JournalEntry.Faulted, null, message));
        Instance.Status = WorkflowStatus.Faulted;
    }

    internal void CancelActivities(IEnumerable<string> activityIds, string except)
    {
        var ids = activityIds.Where(id => id != except).ToHashSet(StringComparer.Ordinal);
        State.Queue.RemoveAll(w => ids.Contains(w.ActivityId));
        foreach (var id in ids)
        {
            var owned = State.Bookmarks.Where(b => b.ActivityId == id).ToList();
            if (owned.Count == 0) continue;
            foreach (var bookmark in owned) RemoveBookmark(bookmark);
            Changes.CancelledActivities.Add(id);
            Changes.Journal.Add(NewEntry(id, TypeOf(id), JournalEntry.Cancelled, null, $"Cancelled by '{except}'."));
        }
    }

    private void RemoveBookmarksOf(string activityId)
    {
        foreach (var bookmark in State.Bookmarks.Where(b => b.ActivityId == activityId).ToList()) RemoveBookmark(bookmark);
    }

    private void RemoveBookmark(Bookmark bookmark)
    {
        State.Bookmarks.Remove(bookmark);
        Changes.RemovedBookmarks.Add(bookmark);
    }

    internal string StartChild(WorkflowSnapshot snapshot, JsonObject input, string? correlationId)
    {
        var child = WorkflowInstanceFactory.Create(snapshot, _newId(), input, correlationId, Now);
        child.ParentInstanceId = Instance.Id;
        Changes.Children.Add(child);
        return child.Id;
    }

    internal JsonNode? Evaluate(string expression, IReadOnlyDictionary<string, JsonNode?>? extra = null) =>
        _expressions.Evaluate(expression, Scope() with { Extra = extra });

    internal ExpressionScope Scope() => new(
        State.Input,
        State.Variables,
        State.Outputs,
        new JsonObject
        {
            ["id"] = Instance.Id,
            ["correlationId"] = Instance.CorrelationId,
            ["definitionId"] = Instance.DefinitionId,
            ["version"] = Instance.DefinitionVersion,
        },
        Now);

    private string TypeOf(string activityId) => Graph.Activities.TryGetValue(activityId, out var a) ? a.Type : "";

    private void Journal(ActivityModel model, string @event, string? outcome = null, string? message = null) =>
        Changes.Journal.Add(NewEntry(model.Id, model.Type, @event, outcome, message));

    private JournalEntry NewEntry(string activityId, string activityType, string @event, string? outcome, string? message) => new()
    {
        InstanceId = Instance.Id,
        Sequence = ++State.JournalSequence,
        At = Now,
        ActivityId = activityId,
        ActivityType = activityType,
        Event = @event,
        Outcome = outcome,
        Message = message,
    };
}
