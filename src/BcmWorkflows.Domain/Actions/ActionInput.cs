namespace BcmWorkflows.Domain.Actions;

/// <summary>A new improvement action as a coordinator or an activity describes it.</summary>
public sealed record ActionInput(string? Title, string? Description, ActionSourceInput? Source, string? OwnerPersonId, DateTimeOffset? DueAt);
