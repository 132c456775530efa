namespace BcmWorkflows.Domain.Plans;

/// <summary>What a coordinator sends to create or replace a plan's metadata (not its content: that is a revision's).</summary>
public sealed record PlanInput(
    string? Title,
    string? OrgUnitId,
    string? OwnerPersonId,
    List<string>? Approvers,
    List<string>? ProcessIds,
    int? ReviewIntervalMonths,
    string? Language);
