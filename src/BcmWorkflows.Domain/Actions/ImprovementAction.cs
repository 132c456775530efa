namespace BcmWorkflows.Domain.Actions;

/// <summary>
/// A corrective or preventive action with an owner, a due date, closure evidence and an effectiveness check
/// (ISO 22301 10.1). The state rules are here; <see cref="ImprovementActionService"/> validates input and audits.
/// </summary>
public sealed class ImprovementAction
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public ActionSourceType SourceType { get; set; }
    public string? SourceId { get; set; }
    public string? SourceFindingId { get; set; }
    public required string OwnerPersonId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.Open;
    public string? ClosureEvidence { get; set; }
    public string? LastComment { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public int ReopenCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Revision { get; set; }

    /// <summary>Open (not completed or verified) and past its due date.</summary>
    public bool IsOverdue(DateTimeOffset now) => ActionTransitions.IsOpen(Status) && DueAt < now;

    /// <summary>
    /// The owner's change (<c>/status</c>): 409 for a move the table does not allow (and for Verified/Reopened, which
    /// only the effectiveness check sets); Completed needs closure evidence (400 on <c>evidence</c>).
    /// </summary>
    public void ChangeStatus(ActionStatus target, string? comment, string? evidence, DateTimeOffset now)
    {
        if (ActionTransitions.IsVerdict(target))
            throw new InvalidTransitionException("status", Status.ToString(), target.ToString(),
                $"{target} is the result of the effectiveness check: use /verify.");
        if (!ActionTransitions.OwnerMay(Status, target))
            throw new InvalidTransitionException("status", Status.ToString(), target.ToString());
        if (target == ActionStatus.Completed && string.IsNullOrWhiteSpace(evidence))
            throw new DomainValidationException("evidence", "Completing an action requires closure evidence.");
        Status = target;
        if (target == ActionStatus.Completed)
        {
            ClosureEvidence = evidence!.Trim();
            CompletedAt = now;
        }
        Touch(comment, now);
    }

    /// <summary>The effectiveness check: only from Completed (else 409); effective → Verified, not effective → Reopened.</summary>
    public void Verify(bool effective, string? comment, DateTimeOffset now)
    {
        var target = effective ? ActionStatus.Verified : ActionStatus.Reopened;
        if (Status != ActionStatus.Completed)
            throw new InvalidTransitionException("status", Status.ToString(), target.ToString(),
                $"Only a completed action can be verified; this one is {Status}.");
        Status = target;
        if (effective) VerifiedAt = now;
        else ReopenCount++;
        Touch(comment, now);
    }

    private void Touch(string? comment, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(comment)) LastComment = comment.Trim();
        UpdatedAt = now;
        Revision++;
    }
}
