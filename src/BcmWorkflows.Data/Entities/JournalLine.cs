namespace BcmWorkflows.Data.Entities;

/// <summary>One activity event inside <see cref="WorkflowJournalRecord.EntriesJson"/>.</summary>
public sealed record JournalLine(
    long Sequence, DateTimeOffset At, string ActivityId, string ActivityType, string Event, string? Outcome, string? Message);
