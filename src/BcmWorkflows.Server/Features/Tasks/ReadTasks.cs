using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Tasks;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Tasks;

/// <summary>
/// <c>GET /api/tasks</c> (the inbox: <c>mine</c>, <c>status</c>, <c>subject</c>, paging, newest first, total in
/// <c>X-Total-Count</c>) and <c>GET /api/tasks/{id}</c>. Admin, Coordinator and Manager see every task; Staff only
/// the tasks they take part in (403 on another's).
/// </summary>
public static class ReadTasks
{
    public const int MaxPageSize = 500;

    public static async Task<Ok<List<TaskSummary>>> List(HttpContext http, BcmDbContext db, TimeProvider clock, bool? mine, string? status,
        string? subject, int? page, int? pageSize, CancellationToken ct)
    {
        var size = pageSize ?? 50;
        if (size is < 1 or > MaxPageSize) throw RequestValidationException.For("pageSize", $"Use 1 to {MaxPageSize}.");
        var number = page ?? 1;
        if (number < 1) throw RequestValidationException.For("page", "Pages start at 1.");
        HumanTaskStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<HumanTaskStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                throw RequestValidationException.For("status", $"Use one of {string.Join(", ", Enum.GetNames<HumanTaskStatus>())}.");
            wanted = parsed;
        }

        var reader = await TaskReader.OfAsync(http.User, db, ct);
        var query = db.HumanTasks.AsNoTracking();
        if (mine == true || !reader.SeesAll)
        {
            // Someone not linked to a person has no tasks of their own.
            var personId = reader.PersonId ?? "";
            query = query.Where(t => db.TaskParticipants.Any(p => p.TaskId == t.Id && p.PersonId == personId));
        }
        if (wanted is { } s) query = query.Where(t => t.Status == s);
        if (!string.IsNullOrEmpty(subject)) query = query.Where(t => t.Subject == subject);

        http.Response.Headers["X-Total-Count"] = (await query.CountAsync(ct)).ToString(CultureInfo.InvariantCulture);
        var tasks = await query.Include(t => t.Participants).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(tasks.Select(t => TaskSummary.From(t, now)).ToList());
    }

    public static async Task<Ok<TaskDetail>> Get(string id, HttpContext http, BcmDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await DetailAsync(id, http, db, ct));

    /// <summary>The task as the caller may see it: 404 when missing, 403 for Staff not taking part.</summary>
    public static async Task<TaskDetail> DetailAsync(string id, HttpContext http, BcmDbContext db, CancellationToken ct)
    {
        var task = await db.HumanTasks.AsNoTracking().Include(t => t.Participants).FirstOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new DomainNotFoundException("Task", id);
        var reader = await TaskReader.OfAsync(http.User, db, ct);
        if (!reader.SeesAll && !task.IsParticipant(reader.PersonId))
            throw new DomainForbiddenException("id", "This task is not assigned or delegated to you.");

        var ids = task.Participants.Select(p => p.PersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var subject = Subjects.Task(id);
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.Subject == subject).OrderBy(a => a.Id).ToListAsync(ct);
        JsonNode? context = null;
        foreach (var provider in http.RequestServices.GetServices<ITaskContext>())
            if ((context = await provider.DescribeAsync(task, ct)) is not null) break;

        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var open = task.Status == HumanTaskStatus.Open;
        return new TaskDetail(
            task.Id, task.Title, task.Description, task.Status.ToString(), task.Outcomes, task.CommentRequiredFor, task.DueAt,
            open && task.DueAt < now, task.EscalateTo, task.EscalatedAt, task.RemindersSent, task.Subject, task.SubjectRevision, task.Assignees,
            task.Participants.Where(p => p.Kind == ParticipantKind.Assignee).OrderBy(p => p.AddedAt)
                .Select(p => new TaskPersonView(p.PersonId, names.GetValueOrDefault(p.PersonId), p.AddedAt, p.AddedBy, p.Note)).ToList(),
            task.Participants.Where(p => p.Kind == ParticipantKind.Delegate).OrderBy(p => p.AddedAt)
                .Select(p => new TaskDelegateView(p.PersonId, names.GetValueOrDefault(p.PersonId), p.AddedBy, p.DelegatedByPersonId, p.AddedAt, p.Note)).ToList(),
            task.Outcome, task.Comment, task.CompletedBy, task.CompletedByPersonId, task.CompletedAt, task.CreatedAt, task.InstanceId, task.ActivityId,
            open && task.IsParticipant(reader.PersonId),
            open && (reader.Manages || task.IsAssignee(reader.PersonId)),
            history.Select(h => new TaskHistoryView(h.At, h.Kind.ToString(), h.Action, h.Actor, h.Summary, h.DataJson is null ? null : JsonNode.Parse(h.DataJson))).ToList(),
            context);
    }
}
