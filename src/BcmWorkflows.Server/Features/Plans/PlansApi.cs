using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Plans;

/// <summary>
/// <c>GET/POST /api/plans</c>, <c>GET/PUT /api/plans/{id}</c> (metadata: title, unit, owner, approvers, linked processes,
/// review interval, language) and, below them, revisions, diffs and documents. Reads for everyone signed in, writes
/// for Manage (approving or returning a revision: the plan's approvers or an Admin).
/// </summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans").WithTags("Plans");
        group.MapGet("/", async (BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Plans.AsNoTracking().OrderBy(p => p.Title).ToListAsync(ct)).Select(PlanView.From).ToList()))
            .WithSummary("Every plan with its current and published revision and review dates.");
        group.MapGet("/{id}", async Task<Ok<PlanView>> (string id, BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok(PlanView.From(await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new DomainNotFoundException("Plan", id))))
            .WithSummary("One plan.");
        group.MapPost("/", Create).RequireAuthorization(Policies.Manage).WithSummary("Create a plan (its content comes with its first revision).");
        group.MapPut("/{id}", Update).RequireAuthorization(Policies.Manage).WithSummary("Replace a plan's metadata.");
        PlanRevisionsApi.Map(group);
        PlanDocumentsApi.Map(group);
        StartPlanReview.Map(group);
        return api;
    }

    private static async Task<Created<PlanView>> Create(HttpRequest http, PlanBook plans, BcmDbContext db, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<PlanInput>(http, ct);
        var plan = await plans.CreateAsync(body, http.HttpContext.User.PlanActor(), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/plans/{plan.Id}", PlanView.From(plan));
    }

    private static async Task<Ok<PlanView>> Update(string id, HttpRequest http, PlanBook plans, BcmDbContext db, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<PlanInput>(http, ct);
        var plan = await plans.UpdateAsync(id, body, http.HttpContext.User.PlanActor(), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PlanView.From(plan));
    }
}
