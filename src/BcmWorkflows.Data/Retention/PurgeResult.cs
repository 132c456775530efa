namespace BcmWorkflows.Data;

/// <summary>Rows one purge deleted (JournalEntries counts journal rows: one per burst, not per event).</summary>
public sealed record PurgeResult(int JournalEntries, int Stimuli, int Instances);
