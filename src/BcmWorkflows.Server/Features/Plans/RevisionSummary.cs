using BcmWorkflows.Domain.Plans;

namespace BcmWorkflows.Server.Features.Plans;

/// <summary>A line of <c>GET /api/plans/{id}/revisions</c> (without the content).</summary>
public sealed record RevisionSummary(string PlanId, int Revision, RevisionStatus Status, string? Comment, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset UpdatedAt, DateTimeOffset StatusChangedAt, string? ApprovedBy, DateTimeOffset? PublishedAt)
{
    public static RevisionSummary From(PlanRevision r) =>
        new(r.PlanId, r.Number, r.Status, r.Comment, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.StatusChangedAt, r.ApprovedBy, r.PublishedAt);
}
