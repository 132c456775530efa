namespace BcmWorkflows.Engine.Runtime;

/// <summary>One activity event in an instance's history.</summary>
public sealed class JournalEntry
{
    public const string Started = "Started";
    public const string Completed = "Completed";
    public const string Suspended = "Suspended";
    public const string Resumed = "Resumed";
    public const string Faulted = "Faulted";
    public const string Cancelled = "Cancelled";

    public string InstanceId { get; set; } = "";
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Event { get; set; } = "";
    public string? Outcome { get; set; }
    public string? Message { get; set; }
}
