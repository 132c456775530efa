using BcmWorkflows.Domain.Plans;

namespace BcmWorkflows.Server.Features.Plans;

/// <summary>A plan's metadata and its server-computed state (latest and published revision, status, review dates).</summary>
public sealed record PlanView(
    string Id, string Title, string? OrgUnitId, string? OwnerPersonId, IReadOnlyList<string> Approvers, IReadOnlyList<string> ProcessIds,
    int ReviewIntervalMonths, string Language, int? CurrentRevision, int? PublishedRevision, RevisionStatus? Status,
    DateTimeOffset? LastReviewedAt, DateTimeOffset? NextReviewAt, DateTimeOffset? ReviewStartedAt, int Version,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static PlanView From(Plan p) => new(p.Id, p.Title, p.OrgUnitId, p.OwnerPersonId, p.Approvers, p.ProcessIds, p.ReviewIntervalMonths,
        p.Language, p.CurrentRevision, p.PublishedRevision, p.Status, p.LastReviewedAt, p.NextReviewAt, p.ReviewStartedAt, p.Version,
        p.CreatedAt, p.UpdatedAt);
}
