namespace BcmWorkflows.Domain.Processes;

/// <summary>What a coordinator sends to create or replace a process (enums as text, so a wrong value is a problem on its field).</summary>
public sealed record ProcessInput(
    string? Name,
    string? Description,
    string? OrgUnitId,
    string? OwnerPersonId,
    string? Criticality,
    string? Rto,
    string? Rpo,
    string? Mtpd,
    List<ImpactRating>? ImpactOverTime,
    List<string>? Dependencies);
