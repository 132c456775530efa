using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Risks;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Risks;

/// <summary>
/// <c>GET/POST /api/risks</c>, <c>GET/PUT /api/risks/{id}</c>: the risk register, highest rating first. Rating
/// (likelihood × impact) and level are computed (<see cref="RiskRating"/>); writes for Manage.
/// </summary>
public static class RisksApi
{
    public static RouteGroupBuilder MapRisksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/risks").WithTags("Risks");
        group.MapGet("/", async (BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Risks.AsNoTracking().OrderByDescending(r => r.Rating).ThenBy(r => r.Threat).ToListAsync(ct)).Select(RiskView.From).ToList()))
            .WithSummary("The risk register, highest rating first.");
        group.MapGet("/{id}", async Task<Ok<RiskView>> (string id, BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok(RiskView.From(await db.Risks.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new DomainNotFoundException("Risk", id))))
            .WithSummary("One risk.");
        group.MapPost("/", Create).RequireAuthorization(Policies.Manage).WithSummary("Add a risk.");
        group.MapPut("/{id}", Update).RequireAuthorization(Policies.Manage).WithSummary("Replace a risk.");
        return api;
    }

    private static async Task<Created<RiskView>> Create(HttpRequest http, RiskRegister register, BcmDbContext db, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<RiskInput>(http, ct);
        var risk = await register.CreateAsync(body, http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/risks/{risk.Id}", RiskView.From(risk));
    }

    private static async Task<Ok<RiskView>> Update(string id, HttpRequest http, RiskRegister register, BcmDbContext db, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<RiskInput>(http, ct);
        var risk = await register.UpdateAsync(id, body, http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(RiskView.From(risk));
    }
}
