namespace BcmWorkflows.Domain.Risks;

/// <summary>What a coordinator sends to create or replace a risk; rating and level are never taken from the client.</summary>
public sealed record RiskInput(
    string? Threat,
    string? Description,
    string? Category,
    int? Likelihood,
    int? Impact,
    string? Treatment,
    string? TreatmentDescription,
    string? OwnerPersonId,
    List<string>? ProcessIds);
