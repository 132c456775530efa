using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Training;

/// <summary>
/// Courses and assignments: validation, changes and their audit lines, staged in the scoped unit of work (the request
/// handler saves; an activity's burst commits). Everything is checked before anything changes.
/// </summary>
public sealed class TrainingService(IDomainDb db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Creates (<paramref name="id"/> null) or replaces a course. 400 keyed by field; 404 for an unknown id.</summary>
    public async Task<TrainingCourse> SaveCourseAsync(string? id, CourseInput input, string actor, CancellationToken ct)
    {
        var course = id is null ? null : await db.TrainingCourses.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new DomainNotFoundException("Training course", id);
        var roleIds = Clean(input.RoleIds);
        var planIds = Clean(input.PlanIds);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > TrainingRules.MaxTitleLength)
            errors["title"] = [$"A title of 1 to {TrainingRules.MaxTitleLength} characters is required."];
        if (input.Description?.Length > TrainingRules.MaxTextLength) errors["description"] = [$"At most {TrainingRules.MaxTextLength} characters."];
        if (input.DueWithinDays is < 1 or > TrainingRules.MaxDueWithinDays) errors["dueWithinDays"] = [$"Between 1 and {TrainingRules.MaxDueWithinDays} days."];
        if (input.ValidForMonths is < 1 or > TrainingRules.MaxValidForMonths) errors["validForMonths"] = [$"Between 1 and {TrainingRules.MaxValidForMonths} months, or null."];
        var givenRoles = input.RoleIds ?? [];
        for (var i = 0; i < givenRoles.Count; i++)
        {
            var role = givenRoles[i]?.Trim();
            if (string.IsNullOrEmpty(role)) errors[$"roleIds[{i}]"] = ["A BCM role id is required."];
            else if (!await db.BcmRoles.AnyAsync(r => r.Id == role, ct)) errors[$"roleIds[{i}]"] = [$"No BCM role '{role}'."];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var now = clock.GetUtcNow();
        var created = course is null;
        course ??= db.TrainingCourses.Add(new TrainingCourse { Id = Ids.New(), Title = "", CreatedAt = now }).Entity;
        course.Title = input.Title!.Trim();
        course.Description = input.Description;
        course.RoleIds = roleIds;
        course.PlanIds = planIds;
        course.DueWithinDays = input.DueWithinDays ?? TrainingRules.DefaultDueWithinDays;
        course.ValidForMonths = input.ValidForMonths;
        course.EvidenceRequired = input.EvidenceRequired ?? false;
        course.UpdatedAt = now;
        course.Revision++;
        audit.Record(Subjects.Training(course.Id), AuditKind.StateChange, created ? "course:created" : "course:updated", actor,
            $"Training course {course.Title} {(created ? "created" : "updated")}.");
        return course;
    }

    /// <summary>
    /// Assigns a course to a person, due at <paramref name="dueAt"/> (default: the course's <c>dueWithinDays</c> from
    /// now). An open assignment for the same course and person is returned instead (<c>Created</c> false), also one
    /// staged earlier in this unit of work. 400 on <c>courseId</c>, <c>personId</c> or <c>dueAt</c>.
    /// </summary>
    public async Task<(TrainingAssignment Assignment, bool Created)> AssignAsync(string? courseId, string? personId, DateTimeOffset? dueAt,
        string actor, string? instanceId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        var course = string.IsNullOrWhiteSpace(courseId) ? null : await db.TrainingCourses.FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null) errors["courseId"] = [string.IsNullOrWhiteSpace(courseId) ? "Required." : $"No training course '{courseId}'."];
        if (string.IsNullOrWhiteSpace(personId)) errors["personId"] = ["Required."];
        else if (!await db.People.AnyAsync(p => p.Id == personId, ct)) errors["personId"] = [$"No person '{personId}'."];
        if (dueAt is { } due && due <= now) errors["dueAt"] = ["Must lie in the future."];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var open = db.TrainingAssignments.Local.FirstOrDefault(a => a.CourseId == courseId && a.PersonId == personId && a.IsOpen)
            ?? await db.TrainingAssignments.FirstOrDefaultAsync(a => a.CourseId == courseId && a.PersonId == personId && a.Status == AssignmentStatus.Assigned, ct);
        if (open is not null) return (open, false);

        var assignment = db.TrainingAssignments.Add(new TrainingAssignment
        {
            Id = Ids.New(),
            CourseId = course!.Id,
            PersonId = personId!,
            AssignedAt = now,
            AssignedBy = actor,
            DueAt = dueAt ?? now.AddDays(course.DueWithinDays),
        }).Entity;
        audit.Record(Subjects.Training(assignment.Id), AuditKind.StateChange, "assigned", actor,
            $"{course.Title} assigned to person {personId}, due {assignment.DueAt:yyyy-MM-dd}.",
            new JsonObject { ["courseId"] = course.Id, ["personId"] = personId, ["dueAt"] = assignment.DueAt }, instanceId);
        if (instanceId is not null) await audit.LinkAsync(Subjects.Training(assignment.Id), instanceId, ct);
        return (assignment, true);
    }

    /// <summary>Completes an open assignment (see <see cref="TrainingAssignment.Complete"/>) and stages its audit line.</summary>
    public async Task<TrainingAssignment> CompleteAsync(string id, string? evidence, DateTimeOffset? completedAt, string actor, CancellationToken ct)
    {
        var assignment = await db.TrainingAssignments.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new DomainNotFoundException("Training assignment", id);
        var course = await db.TrainingCourses.FirstAsync(c => c.Id == assignment.CourseId, ct);
        assignment.Complete(course, evidence, completedAt, actor, clock.GetUtcNow());
        audit.Record(Subjects.Training(id), AuditKind.StateChange, "completed", actor, $"{course.Title} completed by person {assignment.PersonId}.",
            new JsonObject { ["evidence"] = assignment.Evidence, ["completedAt"] = assignment.CompletedAt });
        return assignment;
    }

    /// <summary>The courses a plan lists, or that the given BCM roles must take.</summary>
    public async Task<List<TrainingCourse>> CoursesForPlanAsync(string planId, CancellationToken ct) =>
        (await db.TrainingCourses.AsNoTracking().OrderBy(c => c.Title).ToListAsync(ct)).Where(c => c.PlanIds.Contains(planId)).ToList();

    public async Task<List<TrainingCourse>> CoursesForRolesAsync(IReadOnlyCollection<string> roleIds, CancellationToken ct) =>
        (await db.TrainingCourses.AsNoTracking().OrderBy(c => c.Title).ToListAsync(ct)).Where(c => c.RoleIds.Any(roleIds.Contains)).ToList();

    /// <summary>A course by id, or null.</summary>
    public Task<TrainingCourse?> FindCourseAsync(string id, CancellationToken ct) =>
        db.TrainingCourses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>Course titles by id.</summary>
    public Task<Dictionary<string, string>> CourseTitlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        db.TrainingCourses.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);

    /// <summary>
    /// The assignments with these ids, including ones staged earlier in this unit of work (a workflow that assigns and
    /// then waits in the same burst); throws <see cref="DomainNotFoundException"/> for the first unknown id.
    /// </summary>
    public async Task<List<TrainingAssignment>> ReadAssignmentsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var found = db.TrainingAssignments.Local.Where(a => ids.Contains(a.Id)).ToList();
        var stored = ids.Except(found.Select(a => a.Id)).ToList();
        found.AddRange(await db.TrainingAssignments.AsNoTracking().Where(a => stored.Contains(a.Id)).ToListAsync(ct));
        var missing = ids.Except(found.Select(a => a.Id)).FirstOrDefault();
        return missing is null ? found : throw new DomainNotFoundException("Training assignment", missing);
    }

    /// <summary>For each course linked to the roles the people hold: the people who hold one of its roles.</summary>
    public async Task<List<(TrainingCourse Course, IReadOnlyList<string> People)>> CoursesByRolesHeldAsync(IReadOnlyList<string> personIds, CancellationToken ct)
    {
        var holdings = await db.RoleAssignments.AsNoTracking().Where(a => personIds.Contains(a.PersonId)).Select(a => new { a.PersonId, a.RoleId }).ToListAsync(ct);
        var courses = await CoursesForRolesAsync(holdings.Select(h => h.RoleId).Distinct().ToList(), ct);
        return courses.Select(c => (c, (IReadOnlyList<string>)personIds
            .Where(p => holdings.Any(h => h.PersonId == p && c.RoleIds.Contains(h.RoleId))).ToList())).ToList();
    }

    /// <summary>A person's name, or null.</summary>
    public Task<string?> PersonNameAsync(string personId, CancellationToken ct) =>
        db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(ct);

    private static List<string> Clean(List<string>? ids) =>
        (ids ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
}
