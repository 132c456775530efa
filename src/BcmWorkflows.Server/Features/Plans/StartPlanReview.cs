using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Plans;

/// <summary>
/// <c>POST /api/plans/{id}/review</c>: starts the published <c>plan-review-cycle</c> for this plan now, instead of
/// waiting for its review date (after an incident, an exercise or an organisational change — the guidance asks for
/// reviews then too). 409 while a review of the plan is still running; a review that ended without publishing
/// (cancelled, faulted) no longer blocks a new one.
/// </summary>
public static class StartPlanReview
{
    public const string DefinitionId = "plan-review-cycle";

    public sealed record Response(string PlanId, string InstanceId);

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/{id}/review", Handle).RequireAuthorization(Policies.Manage)
            .WithSummary("Start a review of the plan now (the plan-review-cycle workflow).");

    private static async Task<Created<Response>> Handle(string id, HttpContext http, BcmDbContext db, PlanBook plans, AuditLog audit,
        WorkflowRuntime runtime, TimeProvider clock, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new DomainNotFoundException("Plan", id);
        await plans.CheckMayChangeAsync(plan, http.User.PlanActor(), ownerMay: false, ct);
        if (plan.ReviewInstanceId is { } running && await db.WorkflowInstances.AnyAsync(
                i => i.Id == running && (i.Status == nameof(WorkflowStatus.Running) || i.Status == nameof(WorkflowStatus.Suspended)), ct))
            throw new ConflictException($"A review of this plan is already running (workflow instance {running}).");

        var run = await runtime.StartAsync(new StartWorkflowRequest(DefinitionId)
        {
            Input = new JsonObject { ["planId"] = id },
            CorrelationId = id,
        }, ct);
        // The start burst ran in its own unit of work and changed the plan (its open revision): read it again.
        plan = await db.Plans.FirstAsync(p => p.Id == id, ct);
        plans.MarkReviewStarted(plan, run.InstanceId, clock.GetUtcNow(), http.User.AuditName() ?? Actors.System, DefinitionId);
        await audit.LinkAsync(Subjects.Plan(id), run.InstanceId, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/workflow-instances/{run.InstanceId}", new Response(id, run.InstanceId));
    }
}
