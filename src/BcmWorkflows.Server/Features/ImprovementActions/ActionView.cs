using BcmWorkflows.Domain.Actions;

namespace BcmWorkflows.Server.Features.ImprovementActions;

/// <summary>An improvement action as the API shows it; <c>overdue</c> is computed (still open and past <c>dueAt</c>).</summary>
public sealed record ActionView(string Id, string Title, string? Description, ActionView.SourceView Source, string OwnerPersonId, DateTimeOffset DueAt,
    string Status, bool Overdue, string? ClosureEvidence, string? LastComment, DateTimeOffset? CompletedAt, DateTimeOffset? VerifiedAt, int ReopenCount,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, int Revision)
{
    public sealed record SourceView(string Type, string? Id, string? FindingId);

    public static ActionView From(ImprovementAction a, DateTimeOffset now) =>
        new(a.Id, a.Title, a.Description, new SourceView(a.SourceType.ToString(), a.SourceId, a.SourceFindingId), a.OwnerPersonId, a.DueAt,
            a.Status.ToString(), a.IsOverdue(now), a.ClosureEvidence, a.LastComment, a.CompletedAt, a.VerifiedAt, a.ReopenCount, a.CreatedAt, a.CreatedBy,
            a.UpdatedAt, a.Revision);
}
