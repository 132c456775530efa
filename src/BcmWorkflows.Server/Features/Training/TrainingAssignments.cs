using System.Security.Claims;
using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Training;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Training;

/// <summary>
/// <c>GET /api/training/assignments?mine=&amp;personId=&amp;courseId=&amp;status=</c> (Manage/Audit see all, others their own),
/// <c>POST /api/training/assignments</c> <c>{ courseId, personId, dueAt? }</c> (Manage; an open one is reused),
/// <c>POST /api/training/assignments/{id}/complete</c> <c>{ evidence, completedAt? }</c> (the assigned person or Manage),
/// which raises <c>bcm.training.changed</c> after saving.
/// </summary>
public static class TrainingAssignments
{
    public sealed record AssignRequest(string? CourseId, string? PersonId, DateTimeOffset? DueAt);
    public sealed record CompleteRequest(string? Evidence, DateTimeOffset? CompletedAt);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithSummary("Training assignments: yours, or (Manage/Audit) anyone's, filtered.");
        group.MapGet("/{id}", Get).WithSummary("One training assignment (yours, or anyone's for Manage/Audit).");
        group.MapPost("/", Assign).RequireAuthorization(Policies.Manage).WithSummary("Assign a course to a person (an open assignment is reused).");
        group.MapPost("/{id}/complete", Complete).WithSummary("Complete an open assignment with evidence (the assigned person or Manage).");
    }

    private static async Task<Results<Ok<List<AssignmentView>>, ProblemHttpResult>> List(bool? mine, string? personId, string? courseId, string? status,
        ClaimsPrincipal user, BcmDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var own = await user.PersonIdAsync(db, ct);
        if (mine == true || !user.ReadsAll())
        {
            if (own is null) return mine == true ? TypedResults.Ok(new List<AssignmentView>()) : Viewer.Forbidden("Your user is not linked to a person.");
            if (personId is not null && personId != own) return Viewer.Forbidden("You may only read your own training assignments.");
            personId = own;
        }
        var now = clock.GetUtcNow();
        var query = db.TrainingAssignments.AsNoTracking();
        if (personId is not null) query = query.Where(a => a.PersonId == personId);
        if (courseId is not null) query = query.Where(a => a.CourseId == courseId);
        if (status is not null)
        {
            if (status.Equals("Overdue", StringComparison.OrdinalIgnoreCase)) query = query.Where(a => a.Status == AssignmentStatus.Assigned && a.DueAt < now);
            else if (Enum.TryParse<AssignmentStatus>(status, true, out var s) && !int.TryParse(status, out _)) query = query.Where(a => a.Status == s);
            else throw new DomainValidationException("status", "One of Assigned, Completed, Cancelled, Overdue.");
        }
        var rows = await query.OrderBy(a => a.DueAt).Take(1000).ToListAsync(ct);
        return TypedResults.Ok(await ViewsAsync(db, rows, now, ct));
    }

    private static async Task<Results<Ok<AssignmentView>, ProblemHttpResult>> Get(string id, ClaimsPrincipal user, BcmDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var assignment = await db.TrainingAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new DomainNotFoundException("Training assignment", id);
        if (!user.ReadsAll() && assignment.PersonId != await user.PersonIdAsync(db, ct)) return Viewer.Forbidden("This is not your training assignment.");
        return TypedResults.Ok((await ViewsAsync(db, [assignment], clock.GetUtcNow(), ct))[0]);
    }

    private static async Task<Results<Created<AssignmentView>, Ok<AssignmentView>>> Assign(HttpRequest http, BcmDbContext db, TrainingService training,
        TimeProvider clock, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<AssignRequest>(http, ct);
        var (assignment, created) = await training.AssignAsync(body.CourseId, body.PersonId, body.DueAt, http.HttpContext.User.AuditName() ?? Actors.System, null, ct);
        await db.SaveChangesAsync(ct);
        var view = (await ViewsAsync(db, [assignment], clock.GetUtcNow(), ct))[0];
        return created ? TypedResults.Created($"/api/training/assignments/{assignment.Id}", view) : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<AssignmentView>, ProblemHttpResult>> Complete(string id, HttpRequest http, BcmDbContext db, TrainingService training,
        WorkflowRuntime runtime, TimeProvider clock, CancellationToken ct)
    {
        var user = http.HttpContext.User;
        var assignment = await db.TrainingAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new DomainNotFoundException("Training assignment", id);
        if (!user.Manages() && assignment.PersonId != await user.PersonIdAsync(db, ct))
            return Viewer.Forbidden("Only the assigned person or a coordinator may complete this assignment.");
        var body = await JsonBody.ReadAsync(http, ct, whenEmpty: new CompleteRequest(null, null));
        var completed = await training.CompleteAsync(id, body.Evidence, body.CompletedAt, user.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        await runtime.RaiseEventAsync(TrainingEvents.Changed, id, new JsonObject { ["assignmentId"] = id, ["status"] = completed.Status.ToString() }, ct);
        return TypedResults.Ok((await ViewsAsync(db, [completed], clock.GetUtcNow(), ct))[0]);
    }

    internal static async Task<List<AssignmentView>> ViewsAsync(BcmDbContext db, IReadOnlyList<TrainingAssignment> rows, DateTimeOffset now, CancellationToken ct)
    {
        var courseIds = rows.Select(a => a.CourseId).Distinct().ToList();
        var personIds = rows.Select(a => a.PersonId).Distinct().ToList();
        var courses = await db.TrainingCourses.AsNoTracking().Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return rows.Select(a => AssignmentView.From(a, courses.GetValueOrDefault(a.CourseId), people.GetValueOrDefault(a.PersonId), now)).ToList();
    }
}
