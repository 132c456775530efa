using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Training;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Training;

/// <summary><c>GET/POST /api/training/courses</c>, <c>GET/PUT /api/training/courses/{id}</c>: reads for everyone signed in, writes for Manage.</summary>
public static class TrainingCourses
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async (BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.TrainingCourses.AsNoTracking().OrderBy(c => c.Title).ToListAsync(ct)).Select(CourseView.From).ToList()))
            .WithSummary("Every training course.");
        group.MapGet("/{id}", async Task<Ok<CourseView>> (string id, BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok(CourseView.From(await db.TrainingCourses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct)
                ?? throw new DomainNotFoundException("Training course", id))))
            .WithSummary("One training course.");
        group.MapPost("/", Create).RequireAuthorization(Policies.Manage).WithSummary("Create a training course.");
        group.MapPut("/{id}", Update).RequireAuthorization(Policies.Manage).WithSummary("Replace a training course.");
    }

    private static async Task<Created<CourseView>> Create(HttpRequest http, BcmDbContext db, TrainingService training, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<CourseInput>(http, ct);
        var course = await training.SaveCourseAsync(null, body, http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/training/courses/{course.Id}", CourseView.From(course));
    }

    private static async Task<Ok<CourseView>> Update(string id, HttpRequest http, BcmDbContext db, TrainingService training, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<CourseInput>(http, ct);
        var course = await training.SaveCourseAsync(id, body, http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CourseView.From(course));
    }
}
