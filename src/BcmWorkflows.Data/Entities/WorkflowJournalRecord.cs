namespace BcmWorkflows.Data.Entities;

/// <summary>One activity event in an instance's history; the key is (instance, sequence).</summary>
public class WorkflowJournalRecord
{
    public string InstanceId { get; set; } = "";
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    /// <summary>Started, Completed, Suspended, Resumed, Faulted or Cancelled.</summary>
    public string Event { get; set; } = "";
    public string? Outcome { get; set; }
    public string? Message { get; set; }
}
