using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Expressions;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Engine.Activities;

/// <summary>
/// What an activity sees and may do during one execution. Everything it changes goes into the
/// instance state and is committed with the burst, so an activity never does I/O of its own except
/// through services resolved from <see cref="Services"/> that write into the same unit of work.
/// </summary>
public sealed class ActivityExecutionContext
{
    private readonly WorkflowExecution _execution;
    private List<string>? _outcomes;

    internal ActivityExecutionContext(WorkflowExecution execution, ActivityModel activity, ActivityDescriptor descriptor, ScheduledWork work)
    {
        _execution = execution;
        Activity = activity;
        Descriptor = descriptor;
        ResumedBookmark = work.Bookmark;
        ResumePayload = work.Payload;
        Via = work.Via;
    }

    public ActivityModel Activity { get; }
    public ActivityDescriptor Descriptor { get; }
    public string ActivityId => Activity.Id;
    public WorkflowInstance Instance => _execution.Instance;
    public WorkflowGraph Graph => _execution.Graph;
    public IServiceProvider Services => _execution.Services;
    public CancellationToken CancellationToken => _execution.CancellationToken;
    public DateTimeOffset Now => _execution.Now;

    /// <summary>The bookmark being resumed, or null on a first execution.</summary>
    public Bookmark? ResumedBookmark { get; }
    /// <summary>What the stimulus delivered (an event payload, a child's output, ...).</summary>
    public JsonNode? ResumePayload { get; }
    /// <summary>The connection (<c>source:port</c>) that scheduled this execution; null for start activities.</summary>
    public string? Via { get; }

    internal IReadOnlyList<string>? Outcomes => _outcomes;
    internal bool EndRequested { get; private set; }
    internal string? JournalMessage { get; private set; }
    internal List<Bookmark> CreatedBookmarks { get; } = [];

    /// <summary>Completes the activity; each outcome's connections are followed.</summary>
    public void Complete(params string[] outcomes) => (_outcomes ??= []).AddRange(outcomes);

    /// <summary>Finishes the whole instance at once (<c>End</c>).</summary>
    public void EndWorkflow() => EndRequested = true;

    /// <summary>Adds a message to this execution's journal entry.</summary>
    public void Log(string message) => JournalMessage = message;

    /// <summary>The raw definition value of an input (for inputs marked <see cref="InputAttribute.Raw"/>).</summary>
    public InputValue? GetRawInput(string name) => Activity.Inputs.GetValueOrDefault(name);

    /// <summary>Evaluates a Scriban expression or template with the instance's scope.</summary>
    public JsonNode? Evaluate(string expression, IReadOnlyDictionary<string, JsonNode?>? extra = null) =>
        _execution.Evaluate(expression, extra);

    public JsonNode? GetVariable(string name) => Instance.State.Variables[name];

    public void SetVariable(string name, JsonNode? value) => Instance.State.Variables[name] = value?.DeepClone();

    /// <summary>Writes <c>outputs.&lt;activityId&gt;.&lt;name&gt;</c>.</summary>
    public void SetOutput(string name, JsonNode? value)
    {
        if (!Instance.State.Outputs.TryGetValue(ActivityId, out var outputs))
            Instance.State.Outputs[ActivityId] = outputs = [];
        outputs[name] = value?.DeepClone();
    }

    /// <summary>State this activity keeps between executions in the same instance.</summary>
    public JsonNode? GetState() => Instance.State.ActivityStates.GetValueOrDefault(ActivityId);

    public void SetState(JsonNode? state)
    {
        if (state is null) Instance.State.ActivityStates.Remove(ActivityId);
        else Instance.State.ActivityStates[ActivityId] = state;
    }

    /// <summary>Creates a bookmark: the activity waits until a matching stimulus resumes it.</summary>
    public Bookmark CreateBookmark(string type, string? name = null, string? correlationId = null, DateTimeOffset? dueAt = null, JsonObject? data = null)
    {
        var bookmark = new Bookmark
        {
            Id = _execution.NewId(),
            ActivityId = ActivityId,
            Type = type,
            Name = name,
            CorrelationId = correlationId,
            DueAt = dueAt,
            CreatedAt = Now,
            Data = data,
        };
        CreatedBookmarks.Add(bookmark);
        return bookmark;
    }

    /// <summary>Creates a timer bookmark that fires at <paramref name="dueAt"/>.</summary>
    public Bookmark CreateTimer(DateTimeOffset dueAt, JsonObject? data = null) => CreateBookmark(Bookmark.TimerType, dueAt: dueAt, data: data);

    /// <summary>Starts a child instance (committed with this burst, run right after it); returns its id.</summary>
    public string StartChildWorkflow(WorkflowSnapshot snapshot, JsonObject input, string? correlationId) =>
        _execution.StartChild(snapshot, input, correlationId);

    /// <summary>Cancels the pending work and bookmarks of the given activities (e.g. the losing branches of a WaitAny join).</summary>
    public void CancelActivities(IEnumerable<string> activityIds) => _execution.CancelActivities(activityIds, ActivityId);
}
