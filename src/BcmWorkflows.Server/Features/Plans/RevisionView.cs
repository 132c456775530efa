using BcmWorkflows.Domain.Plans;

namespace BcmWorkflows.Server.Features.Plans;

/// <summary>
/// A plan revision: its content, where it stands (<c>editable</c>, the statuses it may move to next), its history and
/// the RTO check's <c>warnings</c> (which never block).
/// </summary>
public sealed record RevisionView(
    string PlanId, int Revision, RevisionStatus Status, bool Editable, IReadOnlyList<RevisionStatus> Next, PlanContent Content,
    string? Comment, IReadOnlyList<RevisionEvent> History, IReadOnlyList<RtoWarning> Warnings,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string? UpdatedBy,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, DateTimeOffset? PublishedAt)
{
    public static RevisionView From(PlanRevision r, IReadOnlyList<RtoWarning> warnings) => new(r.PlanId, r.Number, r.Status,
        RevisionStateMachine.IsEditable(r.Status), RevisionStateMachine.NextFrom(r.Status), r.Content, r.Comment, r.History, warnings,
        r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy, r.ApprovedBy, r.ApprovedAt, r.PublishedAt);
}
