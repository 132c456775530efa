namespace BcmWorkflows.Domain.Plans;

/// <summary>One step of recovering a linked process: what is done, how long it takes (ISO 8601) and which BCM role does it.</summary>
public sealed record RecoveryStep(string? ProcessId, string? Step, string? Duration, string? OwnerRole);
