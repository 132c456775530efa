namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// The life of a plan revision: Draft → InReview → PendingApproval → Approved → Published. A reviewer or approver
/// may send it back (InReview or PendingApproval → Returned, with a comment saying why); the owner edits it and
/// submits it again (Returned → InReview). Publishing archives the revision published before (Published → Archived
/// is only ever done by the system, never asked for). Only Draft and Returned revisions can be edited.
/// </summary>
public static class RevisionStateMachine
{
    private static readonly Dictionary<RevisionStatus, RevisionStatus[]> Moves = new()
    {
        [RevisionStatus.Draft] = [RevisionStatus.InReview],
        [RevisionStatus.InReview] = [RevisionStatus.PendingApproval, RevisionStatus.Returned],
        [RevisionStatus.PendingApproval] = [RevisionStatus.Approved, RevisionStatus.Returned],
        [RevisionStatus.Approved] = [RevisionStatus.Published],
        [RevisionStatus.Returned] = [RevisionStatus.InReview],
        [RevisionStatus.Published] = [],
        [RevisionStatus.Archived] = [],
    };

    /// <summary>True when a person (or a workflow) may move a revision from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Allows(RevisionStatus from, RevisionStatus to) => Moves[from].Contains(to);

    /// <summary>The moves open from <paramref name="from"/>, for views and error messages.</summary>
    public static IReadOnlyList<RevisionStatus> NextFrom(RevisionStatus from) => Moves[from];

    /// <summary>
    /// Throws <see cref="InvalidTransitionException"/> (409) for a move the machine does not allow, and
    /// <see cref="DomainValidationException"/> on <c>comment</c> (400) when a revision is returned without one.
    /// </summary>
    public static void Check(RevisionStatus from, RevisionStatus to, string? comment)
    {
        if (!Allows(from, to))
        {
            var open = NextFrom(from);
            throw new InvalidTransitionException("status", from.ToString(), to.ToString(),
                $"A revision in {from} cannot move to {to}" + (open.Count == 0 ? "." : $"; it can move to {string.Join(" or ", open)}."));
        }
        if (to == RevisionStatus.Returned && string.IsNullOrWhiteSpace(comment))
            throw new DomainValidationException("comment", "Say why the revision is returned: a comment is required.");
    }

    /// <summary>True for moves that are the approvers' decision (approve or return a revision pending approval).</summary>
    public static bool IsApproversDecision(RevisionStatus from, RevisionStatus to) =>
        from == RevisionStatus.PendingApproval && to is RevisionStatus.Approved or RevisionStatus.Returned;

    /// <summary>Draft and Returned revisions may be edited; the others are frozen.</summary>
    public static bool IsEditable(RevisionStatus status) => status is RevisionStatus.Draft or RevisionStatus.Returned;

    /// <summary>A revision still on its way (not Published nor Archived) blocks opening another.</summary>
    public static bool IsOpen(RevisionStatus status) => status is not (RevisionStatus.Published or RevisionStatus.Archived);
}
