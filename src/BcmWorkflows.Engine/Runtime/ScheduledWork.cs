using System.Text.Json.Nodes;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>One unit of work in an instance's queue: execute an activity, or resume it from a bookmark.</summary>
public sealed class ScheduledWork
{
    public string ActivityId { get; set; } = "";
    /// <summary>Set when resuming: the bookmark that was triggered.</summary>
    public Bookmark? Bookmark { get; set; }
    public JsonNode? Payload { get; set; }
    /// <summary>The connection that scheduled this work (<c>source:port</c>), which <c>Join</c> counts.</summary>
    public string? Via { get; set; }
}
