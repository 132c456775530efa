namespace BcmWorkflows.Data;

/// <summary>Rows one purge deleted.</summary>
public sealed record PurgeResult(int JournalEntries, int Stimuli, int Instances);
