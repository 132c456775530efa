namespace BcmWorkflows.Domain.Actions;

/// <summary>Where an action comes from: <c>type</c> (Incident, Exercise, Audit, Review), the record's <c>id</c>, and for exercises the <c>findingId</c>.</summary>
public sealed record ActionSourceInput(string? Type, string? Id, string? FindingId);
