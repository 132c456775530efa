using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Exercises;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using BcmWorkflows.Server.Features.ImprovementActions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Exercises;

/// <summary>
/// <c>GET/POST /api/exercises</c>, <c>GET/PUT /api/exercises/{id}</c> (status Planned → Conducted → Evaluated, checked),
/// <c>POST /api/exercises/{id}/findings</c> (with <c>createAction</c>: the improvement action too, and <c>action.created</c> is raised).
/// Reads for everyone signed in, writes for Manage.
/// </summary>
public static class ExercisesApi
{
    public static RouteGroupBuilder MapExercisesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/exercises").WithTags("Exercises");
        group.MapGet("/", async (BcmDbContext db, CancellationToken ct) =>
        {
            var exercises = await db.Exercises.AsNoTracking().OrderByDescending(e => e.ScheduledAt).ToListAsync(ct);
            var findings = (await db.ExerciseFindings.AsNoTracking().ToListAsync(ct)).ToLookup(f => f.ExerciseId);
            return TypedResults.Ok(exercises.Select(e => ExerciseView.From(e, findings[e.Id])).ToList());
        }).WithSummary("Every exercise with its findings, latest first.");
        group.MapGet("/{id}", async Task<Ok<ExerciseView>> (string id, BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await ViewAsync(db, await db.Exercises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct)
                ?? throw new DomainNotFoundException("Exercise", id), ct)))
            .WithSummary("One exercise with its findings.");
        group.MapPost("/", Create).RequireAuthorization(Policies.Manage).WithSummary("Schedule an exercise.");
        group.MapPut("/{id}", Update).RequireAuthorization(Policies.Manage).WithSummary("Replace an exercise; a status change must be the next step.");
        group.MapPost("/{id}/findings", AddFinding).RequireAuthorization(Policies.Manage).WithSummary("Record a finding, optionally opening an improvement action.");
        return api;
    }

    private static async Task<Created<ExerciseView>> Create(HttpRequest http, BcmDbContext db, ExerciseService exercises, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ExerciseInput>(http, ct);
        var exercise = await exercises.SaveAsync(null, body, http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/exercises/{exercise.Id}", await ViewAsync(db, exercise, ct));
    }

    private static async Task<Ok<ExerciseView>> Update(string id, HttpRequest http, BcmDbContext db, ExerciseService exercises, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ExerciseInput>(http, ct);
        var exercise = await exercises.SaveAsync(id, body, http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ViewAsync(db, exercise, ct));
    }

    private static async Task<Created<FindingView>> AddFinding(string id, HttpRequest http, BcmDbContext db, ExerciseService exercises, WorkflowRuntime runtime,
        TimeProvider clock, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<FindingInput>(http, ct);
        var (finding, action) = await exercises.AddFindingAsync(id, body, http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        if (action is not null) await ImprovementActionsApi.RaiseCreatedAsync(runtime, action.Id, ct);
        var view = FindingView.From(finding, action is null ? null : ActionView.From(action, clock.GetUtcNow()));
        return TypedResults.Created($"/api/exercises/{id}", view);
    }

    private static async Task<ExerciseView> ViewAsync(BcmDbContext db, Exercise exercise, CancellationToken ct) =>
        ExerciseView.From(exercise, await db.ExerciseFindings.AsNoTracking().Where(f => f.ExerciseId == exercise.Id).ToListAsync(ct));
}
