using BcmWorkflows.Domain.Incidents;
using BcmWorkflows.Server.Features.Audit;

namespace BcmWorkflows.Server.Features.Incidents;

/// <summary>An incident as the API returns it; <c>startedInstances</c> only on declaration, <c>timeline</c> only on the single read.</summary>
public sealed record IncidentView(
    string Id, string Title, string? Description, string Category, string Subcategory, int Severity, string Status, string? OrgUnitId,
    string? Location, IReadOnlyList<string> PlanIds, string DeclaredBy, DateTimeOffset DeclaredAt, DateTimeOffset UpdatedAt, DateTimeOffset? ClosedAt)
{
    public IReadOnlyList<string>? StartedInstances { get; init; }
    public IReadOnlyList<AuditItem>? Timeline { get; init; }

    public static IncidentView From(Incident i) => new(i.Id, i.Title, i.Description, i.Category.ToString(), i.Subcategory, i.Severity,
        i.Status.ToString(), i.OrgUnitId, i.Location, i.PlanIds, i.DeclaredBy, i.DeclaredAt, i.UpdatedAt, i.ClosedAt);
}
