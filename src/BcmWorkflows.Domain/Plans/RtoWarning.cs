namespace BcmWorkflows.Domain.Plans;

/// <summary>A linked process whose recovery steps cannot meet its RTO, or that has no steps at all. Warnings never block a change.</summary>
public sealed record RtoWarning(string ProcessId, string Field, string Message);
