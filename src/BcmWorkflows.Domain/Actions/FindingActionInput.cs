namespace BcmWorkflows.Domain.Actions;

/// <summary>The improvement action to open for a finding: its owner, due date and (default: the finding's description) title.</summary>
public sealed record FindingActionInput(string? OwnerPersonId, DateTimeOffset? DueAt, string? Title);
