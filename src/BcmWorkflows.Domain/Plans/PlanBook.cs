using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Notifications.Templates;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// Plans and their metadata: creates and replaces them after checking every rule and reference (nothing staged when
/// anything is wrong), with an audit line on <c>plan:{id}</c>. Revisions are <see cref="PlanRevisions"/>'. Every change
/// is limited to the actor's org units (<see cref="PlanScope"/>: 403). The caller saves.
/// </summary>
public sealed class PlanBook(IDomainDb db, Roster roster, AuditLog audit, TimeProvider clock, IReviewRuns reviewRuns, PlanScope scope)
{
    public const int MaxReviewIntervalMonths = 60;

    public async Task<Plan> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Plans.Local.FirstOrDefault(p => p.Id == id)
        ?? await db.Plans.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new DomainNotFoundException("Plan", id);

    /// <summary>Creates a plan; a scoped actor must place it in one of their units (403 on <c>orgUnitId</c>).</summary>
    public async Task<Plan> CreateAsync(PlanInput input, PlanActor actor, CancellationToken cancellationToken)
    {
        await ValidateAsync(input, cancellationToken);
        await scope.CheckAsync(input.OrgUnitId, actor, "orgUnitId", owner: null, cancellationToken);
        var now = clock.GetUtcNow();
        var plan = new Plan { Id = Ids.New(), Title = "", CreatedAt = now };
        Apply(plan, input, now);
        db.Plans.Add(plan);
        audit.Record(Subjects.Plan(plan.Id), AuditKind.StateChange, "created", actor.Name, $"Plan {plan.Title} created.");
        return plan;
    }

    /// <summary>
    /// Replaces a plan's metadata. A scoped actor must be allowed the plan's unit (403, before anything else is checked)
    /// and may not move the plan to a unit outside their scope (403 on <c>orgUnitId</c>).
    /// </summary>
    public async Task<Plan> UpdateAsync(string id, PlanInput input, PlanActor actor, CancellationToken cancellationToken)
    {
        var plan = await FindAsync(id, cancellationToken);
        await scope.CheckAsync(plan.OrgUnitId, actor, "id", owner: null, cancellationToken);
        await ValidateAsync(input, cancellationToken);
        if (input.OrgUnitId != plan.OrgUnitId) await scope.CheckAsync(input.OrgUnitId, actor, "orgUnitId", owner: null, cancellationToken);
        var interval = plan.ReviewIntervalMonths;
        Apply(plan, input, clock.GetUtcNow());
        // A new interval moves the next review, counted from the last one.
        if (plan.ReviewIntervalMonths != interval && plan.LastReviewedAt is { } last) plan.NextReviewAt = last.AddMonths(plan.ReviewIntervalMonths);
        audit.Record(Subjects.Plan(plan.Id), AuditKind.StateChange, "updated", actor.Name, $"Plan {plan.Title} updated.");
        return plan;
    }

    /// <summary>
    /// Throws <see cref="DomainForbiddenException"/> (403) unless <paramref name="actor"/> may change
    /// <paramref name="plan"/> or its revisions: its org unit is within the actor's scope, or (with
    /// <paramref name="ownerMay"/>) the actor is the plan's owner.
    /// </summary>
    public Task CheckMayChangeAsync(Plan plan, PlanActor actor, bool ownerMay, CancellationToken cancellationToken) =>
        scope.CheckAsync(plan.OrgUnitId, actor, "id", ownerMay ? plan.OwnerPersonId : null, cancellationToken);

    /// <summary>
    /// Plans whose review is due at <paramref name="now"/> (next review reached, or never published) and not under review,
    /// most overdue first (never-published plans first), at most <paramref name="limit"/>. A plan whose review instance
    /// ended without publishing (cancelled, faulted) counts as not under review.
    /// </summary>
    public async Task<IReadOnlyList<Plan>> DueForReviewAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var candidates = await db.Plans
            .Where(p => p.NextReviewAt == null || p.NextReviewAt <= now)
            .OrderBy(p => p.NextReviewAt).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var started = candidates.Where(p => p.ReviewInstanceId != null).Select(p => p.ReviewInstanceId!).ToList();
        var running = started.Count == 0 ? new HashSet<string>() : await reviewRuns.StillRunningAsync(started, cancellationToken);
        return candidates.Where(p => p.ReviewStartedAt == null || p.ReviewInstanceId is null || !running.Contains(p.ReviewInstanceId))
            .Take(limit).ToList();
    }

    /// <summary>Records that a review instance was started for the plan, so the next cron run leaves it alone until a revision is published.</summary>
    public void MarkReviewStarted(Plan plan, string instanceId, DateTimeOffset now, string actor, string definitionId)
    {
        plan.ReviewStartedAt = now;
        plan.ReviewInstanceId = instanceId;
        plan.Version++;
        audit.Record(Subjects.Plan(plan.Id), AuditKind.Workflow, "review-started", actor, $"Review of {plan.Title} started ({definitionId}).",
            new System.Text.Json.Nodes.JsonObject { ["instanceId"] = instanceId, ["definitionId"] = definitionId }, instanceId);
    }

    /// <summary>The person ids the plan's approver references stand for (roles by rank, org units by name).</summary>
    public Task<IReadOnlyList<string>> ApproverPeopleAsync(Plan plan, CancellationToken cancellationToken) =>
        roster.ResolveAsync(plan.Approvers, cancellationToken);

    /// <summary>True when the signed-in account <paramref name="userId"/> is linked to one of the plan's approvers.</summary>
    public async Task<bool> IsApproverAsync(Plan plan, string? userId, CancellationToken cancellationToken)
    {
        if (userId is null) return false;
        var approvers = await ApproverPeopleAsync(plan, cancellationToken);
        return await db.People.AnyAsync(p => p.UserId == userId && approvers.Contains(p.Id), cancellationToken);
    }

    private async Task ValidateAsync(PlanInput input, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        errors.RequireText("title", input.Title, 200);
        if (input.OrgUnitId is { } unit && !await db.OrgUnits.AnyAsync(u => u.Id == unit, cancellationToken))
            errors.Add("orgUnitId", $"No org unit '{unit}'.");
        if (input.OwnerPersonId is { } owner && !await db.People.AnyAsync(p => p.Id == owner, cancellationToken))
            errors.Add("ownerPersonId", $"No person '{owner}'.");
        var approvers = input.Approvers ?? [];
        if (approvers.Any(a => a is null)) errors.Add("approvers", "An approver reference is required, not null.");
        else errors.AddRange(await roster.CheckAsync(approvers, "approvers", cancellationToken));
        await References.CheckProcessesAsync(db, input.ProcessIds ?? [], "processIds", errors, cancellationToken);
        if (input.ReviewIntervalMonths is { } months && months is < 1 or > MaxReviewIntervalMonths)
            errors.Add("reviewIntervalMonths", $"1 to {MaxReviewIntervalMonths} months.");
        if (input.Language is { } language && TemplateNames.NormalizeLanguage(language) is null)
            errors.Add("language", $"'{language}' is not one of {string.Join(", ", TemplateNames.Languages)}.");
        errors.ThrowIfAny();
    }

    private static void Apply(Plan plan, PlanInput input, DateTimeOffset now)
    {
        plan.Title = input.Title!.Trim();
        plan.OrgUnitId = input.OrgUnitId;
        plan.OwnerPersonId = input.OwnerPersonId;
        plan.ApproversJson = JsonColumn.Write((input.Approvers ?? []).Distinct().ToList());
        plan.ProcessIdsJson = JsonColumn.Write((input.ProcessIds ?? []).Distinct().ToList());
        plan.ReviewIntervalMonths = input.ReviewIntervalMonths ?? Plan.DefaultReviewIntervalMonths;
        plan.Language = TemplateNames.NormalizeLanguage(input.Language) ?? TemplateNames.DefaultLanguage;
        plan.UpdatedAt = now;
        plan.Version++;
    }
}
