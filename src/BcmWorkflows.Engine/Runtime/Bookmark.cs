using System.Text.Json.Nodes;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>
/// A blocking activity's promise to continue when a stimulus arrives. Bookmarks are stored with the
/// instance and indexed by <see cref="Type"/>, <see cref="Name"/> and <see cref="CorrelationId"/> so that
/// a stimulus finds them without loading instances.
/// </summary>
public sealed class Bookmark
{
    public const string EventType = "Event";
    public const string TimerType = "Timer";
    public const string ChildWorkflowType = "ChildWorkflow";

    public string Id { get; set; } = "";
    public string ActivityId { get; set; } = "";
    /// <summary><c>Event</c>, <c>Timer</c>, <c>ChildWorkflow</c> or a type an activity library defines.</summary>
    public string Type { get; set; } = "";
    /// <summary>The stimulus name: the event name, the child instance id, a task id, ...</summary>
    public string? Name { get; set; }
    public string? CorrelationId { get; set; }
    /// <summary>When a timer bookmark fires.</summary>
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Activity data kept with the bookmark (read back on resume).</summary>
    public JsonObject? Data { get; set; }
}
