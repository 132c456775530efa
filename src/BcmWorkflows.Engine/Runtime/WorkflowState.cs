using System.Text.Json.Nodes;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>The serialisable execution state of an instance, stored as one JSON document.</summary>
public sealed class WorkflowState
{
    public JsonObject Input { get; set; } = [];
    public JsonObject Variables { get; set; } = [];
    /// <summary>Outputs of executed activities: <c>outputs.&lt;activityId&gt;</c> in expressions.</summary>
    public Dictionary<string, JsonObject> Outputs { get; set; } = new(StringComparer.Ordinal);
    public List<ScheduledWork> Queue { get; set; } = [];
    public List<Bookmark> Bookmarks { get; set; } = [];
    /// <summary>Per-activity state kept between executions (e.g. which inbound branches reached a Join).</summary>
    public Dictionary<string, JsonNode?> ActivityStates { get; set; } = new(StringComparer.Ordinal);
    public List<Incident> Incidents { get; set; } = [];
    public long JournalSequence { get; set; }
    /// <summary>What a parent's <c>RunWorkflow</c> receives when this instance finishes.</summary>
    public JsonObject? Output { get; set; }
    /// <summary>Recently delivered events (stimulus ids), so that no path delivers one event to this instance twice.</summary>
    public List<DeliveredEvent>? DeliveredEvents { get; set; }
}
