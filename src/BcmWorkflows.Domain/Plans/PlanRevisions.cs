using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// Opens, edits and moves plan revisions through <see cref="RevisionStateMachine"/>, keeping the plan's summary
/// fields (current and published revision, status, review dates) in step and recording every change on
/// <c>plan:{id}</c>. Rules are checked before anything is staged. The caller saves (a request) or the burst commits
/// (an activity); raising <c>plan.published</c> is the caller's, after saving. Opening, editing and every move that
/// is not an approver's decision are limited to the actor's org units (<see cref="PlanScope"/>; the plan's owner may
/// edit and move its revisions wherever they sit): 403.
/// </summary>
public sealed class PlanRevisions(IDomainDb db, PlanBook plans, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<PlanRevision>> ListAsync(string planId, CancellationToken cancellationToken)
    {
        await plans.FindAsync(planId, cancellationToken);
        return await db.PlanRevisions.Where(r => r.PlanId == planId).OrderBy(r => r.Number).ToListAsync(cancellationToken);
    }

    public async Task<PlanRevision> FindAsync(string planId, int number, CancellationToken cancellationToken)
    {
        await plans.FindAsync(planId, cancellationToken);
        // Local first: in a workflow burst the revision may have been opened by an earlier activity and not be saved yet.
        return db.PlanRevisions.Local.FirstOrDefault(r => r.PlanId == planId && r.Number == number)
            ?? await db.PlanRevisions.FirstOrDefaultAsync(r => r.PlanId == planId && r.Number == number, cancellationToken)
            ?? throw new DomainNotFoundException("Plan revision", $"{planId}/{number}");
    }

    /// <summary>
    /// Opens the next revision as a Draft with a copy of the latest revision's content (empty for the first). A
    /// revision still on its way (not Published nor Archived) blocks it: 409.
    /// </summary>
    public async Task<PlanRevision> OpenAsync(string planId, PlanActor who, CancellationToken cancellationToken)
    {
        var plan = await plans.FindAsync(planId, cancellationToken);
        await plans.CheckMayChangeAsync(plan, who, ownerMay: false, cancellationToken);
        var actor = who.Name;
        var latest = await LatestAsync(planId, cancellationToken);
        if (latest is not null && RevisionStateMachine.IsOpen(latest.Status))
            throw new InvalidTransitionException("status", latest.Status.ToString(), nameof(RevisionStatus.Draft),
                $"Revision {latest.Number} is still {latest.Status}: publish or finish it before opening another.");
        var now = clock.GetUtcNow();
        var revision = new PlanRevision
        {
            Id = Ids.New(), PlanId = planId, Number = (latest?.Number ?? 0) + 1, Status = RevisionStatus.Draft,
            ContentJson = latest?.ContentJson ?? JsonColumn.Write(new PlanContent()),
            CreatedAt = now, CreatedBy = actor, UpdatedAt = now, UpdatedBy = actor, StatusChangedAt = now,
        };
        revision.AddHistory(new RevisionEvent(now, actor, null, nameof(RevisionStatus.Draft), null));
        db.PlanRevisions.Add(revision);
        Summarise(plan, revision, now);
        audit.Record(Subjects.Plan(planId), AuditKind.StateChange, "revision-opened", actor,
            $"Revision {revision.Number} of {plan.Title} opened as Draft" + (latest is null ? "." : $" from revision {latest.Number}."),
            new JsonObject { ["revision"] = revision.Number, ["to"] = nameof(RevisionStatus.Draft) });
        return revision;
    }

    /// <summary>The revision being worked on (Draft or Returned) if there is one, else a new Draft (see <see cref="OpenAsync"/>).</summary>
    public async Task<PlanRevision> OpenOrReuseAsync(string planId, PlanActor who, CancellationToken cancellationToken)
    {
        var plan = await plans.FindAsync(planId, cancellationToken);
        await plans.CheckMayChangeAsync(plan, who, ownerMay: false, cancellationToken);
        var latest = await LatestAsync(planId, cancellationToken);
        if (latest is not null && RevisionStateMachine.IsEditable(latest.Status)) return latest;
        return await OpenAsync(planId, who, cancellationToken);
    }

    /// <summary>Replaces the content of a Draft or Returned revision (409 otherwise; 400 for bad content, nothing staged).</summary>
    public async Task<PlanRevision> EditAsync(string planId, int number, PlanContent content, PlanActor who, CancellationToken cancellationToken)
    {
        var revision = await FindAsync(planId, number, cancellationToken);
        await plans.CheckMayChangeAsync(await plans.FindAsync(planId, cancellationToken), who, ownerMay: true, cancellationToken);
        var actor = who.Name;
        if (!RevisionStateMachine.IsEditable(revision.Status))
            throw new InvalidTransitionException("status", revision.Status.ToString(), revision.Status.ToString(),
                $"Revision {number} is {revision.Status}: only Draft and Returned revisions can be edited.");
        var errors = new ErrorList();
        await PlanContentRules.CheckAsync(db, content, "", errors, cancellationToken);
        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        revision.Content = content;
        revision.UpdatedAt = now;
        revision.UpdatedBy = actor;
        revision.Version++;
        audit.Record(Subjects.Plan(planId), AuditKind.StateChange, "revision-edited", actor, $"Revision {number} edited.",
            new JsonObject { ["revision"] = number });
        return revision;
    }

    /// <summary>
    /// Moves a revision to <paramref name="to"/>: the state machine decides (409 / 400 on <c>comment</c>), an approver's
    /// decision needs an approver or an administrator (<see cref="ApproverRequiredException"/>). Publishing archives the
    /// revision published before and sets the review dates. Returns true when the revision was published.
    /// </summary>
    public async Task<bool> ChangeStatusAsync(string planId, int number, RevisionStatus to, string? comment, PlanActor actor, CancellationToken cancellationToken)
    {
        var plan = await plans.FindAsync(planId, cancellationToken);
        var revision = await FindAsync(planId, number, cancellationToken);
        var from = revision.Status;
        RevisionStateMachine.Check(from, to, comment);
        if (RevisionStateMachine.IsApproversDecision(from, to) && !actor.IsWorkflow && !actor.IsAdmin
            && !await plans.IsApproverAsync(plan, actor.UserId, cancellationToken))
            throw new ApproverRequiredException(planId, number);
        // Approvers decide wherever they sit (the plan names them); every other move is the plan's unit's or its owner's.
        if (!RevisionStateMachine.IsApproversDecision(from, to)) await plans.CheckMayChangeAsync(plan, actor, ownerMay: true, cancellationToken);

        var now = clock.GetUtcNow();
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (to == RevisionStatus.Published) await PublishAsync(plan, revision, actor.Name, now, cancellationToken);
        if (to == RevisionStatus.Approved)
        {
            revision.ApprovedBy = actor.Name;
            revision.ApprovedAt = now;
        }
        revision.Status = to;
        revision.Comment = comment;
        revision.StatusChangedAt = now;
        revision.UpdatedAt = now;
        revision.Version++;
        revision.AddHistory(new RevisionEvent(now, actor.Name, from.ToString(), to.ToString(), comment));
        Summarise(plan, revision, now);
        audit.Record(Subjects.Plan(planId), to is RevisionStatus.Approved or RevisionStatus.Returned ? AuditKind.Decision : AuditKind.StateChange,
            $"revision-{to.ToString().ToLowerInvariant()}", actor.Name,
            $"Revision {number} of {plan.Title}: {from} → {to}" + (comment is null ? "." : $" ({comment})."),
            new JsonObject { ["revision"] = number, ["from"] = from.ToString(), ["to"] = to.ToString(), ["comment"] = comment });
        return to == RevisionStatus.Published;
    }

    /// <summary>The RTO check of <paramref name="content"/> against the plan's linked processes, in the plan's order.</summary>
    public async Task<IReadOnlyList<RtoWarning>> WarningsAsync(Plan plan, PlanContent content, CancellationToken cancellationToken)
    {
        var ids = plan.ProcessIds;
        var processes = await db.CriticalProcesses.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        return RtoCheck.Check(content, ids.Select(id => processes.FirstOrDefault(p => p.Id == id)).OfType<Processes.CriticalProcess>());
    }

    private async Task PublishAsync(Plan plan, PlanRevision revision, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var previous = await db.PlanRevisions
            .Where(r => r.PlanId == plan.Id && r.Status == RevisionStatus.Published && r.Id != revision.Id)
            .ToListAsync(cancellationToken);
        foreach (var old in previous)
        {
            old.Status = RevisionStatus.Archived;
            old.StatusChangedAt = now;
            old.Version++;
            old.AddHistory(new RevisionEvent(now, actor, nameof(RevisionStatus.Published), nameof(RevisionStatus.Archived), $"Superseded by revision {revision.Number}."));
            audit.Record(Subjects.Plan(plan.Id), AuditKind.StateChange, "revision-archived", actor,
                $"Revision {old.Number} archived: superseded by revision {revision.Number}.",
                new JsonObject { ["revision"] = old.Number, ["from"] = nameof(RevisionStatus.Published), ["to"] = nameof(RevisionStatus.Archived) });
        }
        revision.PublishedAt = now;
        plan.PublishedRevision = revision.Number;
        plan.LastReviewedAt = now;
        plan.NextReviewAt = now.AddMonths(plan.ReviewIntervalMonths);
        plan.ReviewStartedAt = null;
        plan.ReviewInstanceId = null;
    }

    private async Task<PlanRevision?> LatestAsync(string planId, CancellationToken cancellationToken) =>
        db.PlanRevisions.Local.Where(r => r.PlanId == planId).OrderByDescending(r => r.Number).FirstOrDefault() is { } local
            && db.PlanRevisions.Entry(local).State == EntityState.Added
            ? local
            : await db.PlanRevisions.Where(r => r.PlanId == planId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);

    private static void Summarise(Plan plan, PlanRevision revision, DateTimeOffset now)
    {
        if (plan.CurrentRevision is null || revision.Number >= plan.CurrentRevision)
        {
            plan.CurrentRevision = revision.Number;
            plan.Status = revision.Status;
        }
        plan.UpdatedAt = now;
        plan.Version++;
    }
}
