using System.Security.Claims;
using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Actions;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.ImprovementActions;

/// <summary>
/// <c>GET/POST /api/improvement-actions</c>, <c>GET /api/improvement-actions/{id}</c>,
/// <c>POST /api/improvement-actions/{id}/status</c> <c>{ status, comment, evidence }</c> (owner or Manage),
/// <c>POST /api/improvement-actions/{id}/verify</c> <c>{ effective, comment }</c> (Manage). Creating raises
/// <c>action.created</c>, changes raise <c>bcm.action.changed</c>, both after saving.
/// </summary>
public static class ImprovementActionsApi
{
    public sealed record StatusRequest(string? Status, string? Comment, string? Evidence);
    public sealed record VerifyRequest(bool? Effective, string? Comment);

    public static RouteGroupBuilder MapImprovementActionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/improvement-actions").WithTags("Improvement actions");
        group.MapGet("/", List).WithSummary("Improvement actions: all (Manage/Audit) or the ones you own; filters ownerPersonId, status, sourceType, sourceId.");
        group.MapGet("/{id}", Get).WithSummary("One improvement action.");
        group.MapPost("/", Create).RequireAuthorization(Policies.Manage).WithSummary("Open an improvement action (raises action.created).");
        group.MapPost("/{id}/status", ChangeStatus).WithSummary("The owner moves the action on: InProgress, Completed (with closure evidence).");
        group.MapPost("/{id}/verify", Verify).RequireAuthorization(Policies.Manage).WithSummary("The effectiveness check: Verified, or Reopened when not effective.");
        return api;
    }

    private static async Task<Results<Ok<List<ActionView>>, ProblemHttpResult>> List(string? ownerPersonId, string? status, string? sourceType, string? sourceId,
        ClaimsPrincipal user, BcmDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!user.ReadsAll())
        {
            var own = await user.PersonIdAsync(db, ct);
            if (own is null) return Viewer.Forbidden("Your user is not linked to a person.");
            if (ownerPersonId is not null && ownerPersonId != own) return Viewer.Forbidden("You may only read the actions you own.");
            ownerPersonId = own;
        }
        var query = db.ImprovementActions.AsNoTracking();
        if (ownerPersonId is not null) query = query.Where(a => a.OwnerPersonId == ownerPersonId);
        if (status is not null)
        {
            var wanted = Parse<ActionStatus>(status, "status");
            query = query.Where(a => a.Status == wanted);
        }
        if (sourceType is not null)
        {
            var wanted = Parse<ActionSourceType>(sourceType, "sourceType");
            query = query.Where(a => a.SourceType == wanted);
        }
        if (sourceId is not null) query = query.Where(a => a.SourceId == sourceId);
        var now = clock.GetUtcNow();
        return TypedResults.Ok((await query.OrderBy(a => a.DueAt).Take(1000).ToListAsync(ct)).Select(a => ActionView.From(a, now)).ToList());
    }

    private static async Task<Results<Ok<ActionView>, ProblemHttpResult>> Get(string id, ClaimsPrincipal user, BcmDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var action = await FindAsync(db, id, ct);
        if (!user.ReadsAll() && action.OwnerPersonId != await user.PersonIdAsync(db, ct)) return Viewer.Forbidden("You may only read the actions you own.");
        return TypedResults.Ok(ActionView.From(action, clock.GetUtcNow()));
    }

    private static async Task<Created<ActionView>> Create(HttpRequest http, BcmDbContext db, ImprovementActionService actions, WorkflowRuntime runtime,
        TimeProvider clock, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ActionInput>(http, ct);
        var action = await actions.CreateAsync(body, http.HttpContext.User.AuditName() ?? Actors.System, null, ct);
        await db.SaveChangesAsync(ct);
        await RaiseCreatedAsync(runtime, action.Id, ct);
        return TypedResults.Created($"/api/improvement-actions/{action.Id}", ActionView.From(action, clock.GetUtcNow()));
    }

    private static async Task<Results<Ok<ActionView>, ProblemHttpResult>> ChangeStatus(string id, HttpRequest http, BcmDbContext db, ImprovementActionService actions,
        WorkflowRuntime runtime, TimeProvider clock, CancellationToken ct)
    {
        var user = http.HttpContext.User;
        var action = await FindAsync(db, id, ct, tracked: true);
        if (!user.Manages() && action.OwnerPersonId != await user.PersonIdAsync(db, ct))
            return Viewer.Forbidden("Only the action's owner or a coordinator may change its status.");
        var body = await JsonBody.ReadAsync<StatusRequest>(http, ct);
        await actions.ChangeStatusAsync(action, body.Status, body.Comment, body.Evidence, user.AuditName() ?? Actors.System, null, ct);
        await db.SaveChangesAsync(ct);
        await RaiseChangedAsync(runtime, action, ct);
        return TypedResults.Ok(ActionView.From(action, clock.GetUtcNow()));
    }

    private static async Task<Ok<ActionView>> Verify(string id, HttpRequest http, BcmDbContext db, ImprovementActionService actions, WorkflowRuntime runtime,
        TimeProvider clock, CancellationToken ct)
    {
        var action = await FindAsync(db, id, ct, tracked: true);
        var body = await JsonBody.ReadAsync<VerifyRequest>(http, ct);
        if (body.Effective is not { } effective) throw new DomainValidationException("effective", "Required: true (the action worked) or false (reopen it).");
        await actions.VerifyAsync(action, effective, body.Comment, http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        await RaiseChangedAsync(runtime, action, ct);
        return TypedResults.Ok(ActionView.From(action, clock.GetUtcNow()));
    }

    /// <summary>Raises <c>action.created</c> (starts the improvement-action workflow); call after saving.</summary>
    internal static Task RaiseCreatedAsync(WorkflowRuntime runtime, string actionId, CancellationToken ct) =>
        runtime.RaiseEventAsync(ActionEvents.Created, actionId, new JsonObject { ["actionId"] = actionId }, ct);

    private static Task RaiseChangedAsync(WorkflowRuntime runtime, ImprovementAction action, CancellationToken ct) =>
        runtime.RaiseEventAsync(ActionEvents.Changed, action.Id, new JsonObject { ["actionId"] = action.Id, ["status"] = action.Status.ToString() }, ct);

    private static async Task<ImprovementAction> FindAsync(BcmDbContext db, string id, CancellationToken ct, bool tracked = false) =>
        await (tracked ? db.ImprovementActions : db.ImprovementActions.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new DomainNotFoundException("Improvement action", id);

    private static T Parse<T>(string text, string field) where T : struct, Enum =>
        Enum.TryParse<T>(text, true, out var value) && !int.TryParse(text, out _)
            ? value
            : throw new DomainValidationException(field, $"One of {string.Join(", ", Enum.GetNames<T>())}.");
}
