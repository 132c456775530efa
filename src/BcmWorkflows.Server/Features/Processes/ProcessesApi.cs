using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Processes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Processes;

/// <summary>
/// <c>GET/POST /api/processes</c>, <c>GET/PUT /api/processes/{id}</c>: critical business processes with their BIA
/// figures. Reads for everyone signed in, writes for Manage; every problem of a body is a 400 keyed by its path.
/// </summary>
public static class ProcessesApi
{
    public static RouteGroupBuilder MapProcessesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/processes").WithTags("Processes");
        group.MapGet("/", async (BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.CriticalProcesses.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct)).Select(ProcessView.From).ToList()))
            .WithSummary("Every critical process.");
        group.MapGet("/{id}", async Task<Ok<ProcessView>> (string id, BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok(ProcessView.From(await db.CriticalProcesses.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct)
                ?? throw new DomainNotFoundException("Process", id))))
            .WithSummary("One critical process.");
        group.MapPost("/", Create).RequireAuthorization(Policies.Manage).WithSummary("Create a critical process.");
        group.MapPut("/{id}", Update).RequireAuthorization(Policies.Manage).WithSummary("Replace a critical process.");
        return api;
    }

    private static async Task<Created<ProcessView>> Create(HttpRequest http, ProcessRegistry registry, BcmDbContext db, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ProcessInput>(http, ct);
        var process = await registry.CreateAsync(body, http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/processes/{process.Id}", ProcessView.From(process));
    }

    private static async Task<Ok<ProcessView>> Update(string id, HttpRequest http, ProcessRegistry registry, BcmDbContext db, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ProcessInput>(http, ct);
        var process = await registry.UpdateAsync(id, body, http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProcessView.From(process));
    }
}
