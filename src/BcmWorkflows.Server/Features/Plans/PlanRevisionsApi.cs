using System.Security.Claims;
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
/// Plan revisions under <c>/api/plans/{id}/revisions</c>: list, open (a Draft copying the latest content; 409 while
/// another is on its way), read, edit (Draft or Returned only), move through the state machine (<c>/status</c>) and
/// compare (<c>/diff?against=m</c>). Publishing raises <c>plan.published</c> once saved.
/// </summary>
public static class PlanRevisionsApi
{
    public const string PublishedEvent = "plan.published";

    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{id}/revisions", async (string id, PlanRevisions revisions, CancellationToken ct) =>
            TypedResults.Ok((await revisions.ListAsync(id, ct)).Select(RevisionSummary.From).ToList()))
            .WithSummary("The plan's revisions, oldest first.");
        plans.MapPost("/{id}/revisions", Open).RequireAuthorization(Policies.Manage).WithSummary("Open a new Draft revision.");
        plans.MapGet("/{id}/revisions/{n:int}", Read).WithSummary("One revision with its content and RTO warnings.");
        plans.MapPut("/{id}/revisions/{n:int}", Edit).WithSummary("Replace a Draft or Returned revision's content (coordinators and the plan's owner).");
        plans.MapPost("/{id}/revisions/{n:int}/status", ChangeStatus).WithSummary("Move a revision to another status (with a comment).");
        plans.MapGet("/{id}/revisions/{n:int}/diff", async (string id, int n, int? against, PlanDiff diff, CancellationToken ct) =>
            TypedResults.Ok(await diff.CompareAsync(id, n, against, ct)))
            .WithSummary("Section-by-section diff against another revision (default: the one before).");
    }

    private static async Task<Ok<RevisionView>> Read(string id, int n, PlanBook plans, PlanRevisions revisions, CancellationToken ct) =>
        TypedResults.Ok(await ViewAsync(await plans.FindAsync(id, ct), await revisions.FindAsync(id, n, ct), revisions, ct));

    private static async Task<Created<RevisionView>> Open(string id, HttpContext http, PlanBook plans, PlanRevisions revisions, BcmDbContext db, CancellationToken ct)
    {
        var revision = await revisions.OpenAsync(id, http.User.PlanActor(), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/plans/{id}/revisions/{revision.Number}", await ViewAsync(await plans.FindAsync(id, ct), revision, revisions, ct));
    }

    private static async Task<IResult> Edit(string id, int n, HttpRequest http, PlanBook plans, PlanRevisions revisions, BcmDbContext db, CancellationToken ct)
    {
        // The owner revises the plan (the review cycle asks them to); coordinators may too.
        var user = http.HttpContext.User;
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Coordinator) && !await IsOwnerAsync(db, await plans.FindAsync(id, ct), user, ct))
            return Viewer.Forbidden($"Only a coordinator or the plan's owner may edit revision {n}.");
        var body = await JsonBody.ReadAsync<ContentRequest>(http, ct);
        var revision = await revisions.EditAsync(id, n, body.ToContent(), user.PlanActor(), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ViewAsync(await plans.FindAsync(id, ct), revision, revisions, ct));
    }

    private static async Task<IResult> ChangeStatus(string id, int n, HttpRequest http, PlanBook plans, PlanRevisions revisions, BcmDbContext db,
        WorkflowRuntime runtime, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<StatusRequest>(http, ct);
        var errors = new ErrorList();
        var to = errors.Enum<RevisionStatus>("status", body.Status);
        errors.LimitText("comment", body.Comment, 4000);
        errors.ThrowIfAny();

        var user = http.HttpContext.User;
        var plan = await plans.FindAsync(id, ct);
        var revision = await revisions.FindAsync(id, n, ct);
        var decision = RevisionStateMachine.IsApproversDecision(revision.Status, to!.Value);
        // Approvers decide (the domain checks who they are); every other move is the coordinators' or the plan owner's.
        if (!decision && RevisionStateMachine.Allows(revision.Status, to.Value) && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Coordinator)
            && !await IsOwnerAsync(db, plan, user, ct))
            return Viewer.Forbidden($"Only a coordinator or the plan's owner may move revision {n} to {to}.");

        var actor = user.PlanActor();
        bool published;
        try
        {
            published = await revisions.ChangeStatusAsync(id, n, to.Value, body.Comment, actor, ct);
        }
        catch (ApproverRequiredException denied)
        {
            return Viewer.Forbidden(denied.Message);
        }
        await db.SaveChangesAsync(ct);
        if (published)
            await runtime.RaiseEventAsync(PublishedEvent, id, new JsonObject { ["planId"] = id, ["revision"] = n }, ct);
        return TypedResults.Ok(await ViewAsync(plan, revision, revisions, ct));
    }

    private static async Task<bool> IsOwnerAsync(BcmDbContext db, Plan plan, ClaimsPrincipal user, CancellationToken ct) =>
        plan.OwnerPersonId is not null && plan.OwnerPersonId == await user.PersonIdAsync(db, ct);

    internal static async Task<RevisionView> ViewAsync(Plan plan, PlanRevision revision, PlanRevisions revisions, CancellationToken ct) =>
        RevisionView.From(revision, await revisions.WarningsAsync(plan, revision.Content, ct));
}
