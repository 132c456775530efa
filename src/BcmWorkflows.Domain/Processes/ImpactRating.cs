namespace BcmWorkflows.Domain.Processes;

/// <summary>
/// One row of a process's impact over time: how bad an outage is once it has lasted <see cref="After"/> (ISO 8601),
/// rated 0 (none) to 5 (severe) on each dimension the BIA asks for.
/// </summary>
public sealed record ImpactRating(string? After, int Financial, int Operational, int Reputational, int Regulatory, string? Note);
