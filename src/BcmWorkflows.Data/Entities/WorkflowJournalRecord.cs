namespace BcmWorkflows.Data.Entities;

/// <summary>
/// The activity events of one burst of an instance, as one row: a start burst writes one row instead of one per
/// event (a 10-activity start produced 20). The key is (instance, first sequence); readers use <see cref="JournalLines"/>.
/// </summary>
public class WorkflowJournalRecord
{
    public string InstanceId { get; set; } = "";
    public long FirstSequence { get; set; }
    public long LastSequence { get; set; }
    /// <summary>When the burst's last event happened; retention deletes by it.</summary>
    public DateTimeOffset At { get; set; }
    /// <summary>JSON array of <see cref="JournalLine"/> in sequence order.</summary>
    public string EntriesJson { get; set; } = "[]";
}
