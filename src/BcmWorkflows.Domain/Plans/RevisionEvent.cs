namespace BcmWorkflows.Domain.Plans;

/// <summary>One step in a revision's history (opened, moved from → to), shown in the document's revision history.</summary>
public sealed record RevisionEvent(DateTimeOffset At, string By, string? From, string To, string? Comment);
