namespace BcmWorkflows.Domain.Incidents;

/// <summary>What a person declaring an incident gives (as received: <see cref="IncidentService"/> validates every field).</summary>
public sealed record IncidentDeclaration(
    string? Title,
    string? Description,
    string? Category,
    string? Subcategory,
    int? Severity,
    string? OrgUnitId,
    string? Location,
    IReadOnlyList<string>? PlanIds);
