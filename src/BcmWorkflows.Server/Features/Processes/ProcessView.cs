using BcmWorkflows.Domain.Processes;

namespace BcmWorkflows.Server.Features.Processes;

/// <summary>A critical process as the API shows it.</summary>
public sealed record ProcessView(
    string Id, string Name, string? Description, string? OrgUnitId, string? OwnerPersonId, Criticality Criticality,
    string? Rto, string? Rpo, string? Mtpd, IReadOnlyList<ImpactRating> ImpactOverTime, IReadOnlyList<string> Dependencies,
    int Revision, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ProcessView From(CriticalProcess p) => new(p.Id, p.Name, p.Description, p.OrgUnitId, p.OwnerPersonId, p.Criticality,
        p.Rto, p.Rpo, p.Mtpd, p.ImpactOverTime, p.Dependencies, p.Revision, p.CreatedAt, p.UpdatedAt);
}
