namespace BcmWorkflows.Engine.Runtime;

/// <summary>A failure inside an activity, recorded on the instance.</summary>
public sealed class Incident
{
    public string ActivityId { get; set; } = "";
    public string? ActivityType { get; set; }
    public string Message { get; set; } = "";
    public DateTimeOffset At { get; set; }
    /// <summary>Set when the incident was retried or the instance cancelled.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }
}
