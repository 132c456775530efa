using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Tasks;

/// <summary>
/// Creates and changes human tasks in the scoped unit of work, with their audit lines (on <c>task:{id}</c> and on the
/// task's subject) and messages staged beside them; the caller saves (a request) or the burst commits (an activity).
/// </summary>
public sealed class HumanTasks(IDomainDb db, AuditLog audit, Roster roster, TaskNotifier notifier, TimeProvider clock)
{
    /// <summary>The task with its participants; 404 when there is none.</summary>
    public async Task<HumanTask> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.HumanTasks.Include(t => t.Participants).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new DomainNotFoundException("Task", id);

    /// <summary>
    /// Creates an open task for the people the assignees stand for (400 when a reference is unknown or nobody holds
    /// them), audits it, links the instance to the task and its subject, and notifies the assignees when asked.
    /// </summary>
    public async Task<HumanTask> CreateAsync(NewHumanTask spec, bool notify, CancellationToken cancellationToken)
    {
        var errors = TaskDefinitionRules.Check(spec.Outcomes, spec.CommentRequiredFor);
        if (spec.Assignees.Count == 0) errors["assignees"] = ["Name at least one assignee."];
        foreach (var (key, value) in await roster.CheckAsync(spec.Assignees, "assignees", cancellationToken)) errors[key] = value;
        if (string.IsNullOrWhiteSpace(spec.Title)) errors["title"] = ["A task needs a title."];
        if (spec.EscalateTo is { } role && !await db.BcmRoles.AnyAsync(r => r.Id == role, cancellationToken))
            errors["escalateTo"] = [$"No BCM role '{role}'."];
        if (spec.Subject is { } subject && !Subjects.TryParse(subject, out _, out _)) errors["subject"] = [$"'{subject}' is not an audit subject (kind:id)."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var people = await roster.ResolveAsync(spec.Assignees, cancellationToken);
        if (people.Count == 0) throw new DomainValidationException("assignees", $"Nobody holds {string.Join(", ", spec.Assignees)}.");

        var now = clock.GetUtcNow();
        var actor = Actors.Workflow(spec.InstanceId);
        var task = new HumanTask
        {
            Id = Ids.New(),
            InstanceId = spec.InstanceId,
            ActivityId = spec.ActivityId,
            Ordinal = await OrdinalAsync(spec.InstanceId, spec.ActivityId, cancellationToken),
            Title = Cut(spec.Title.Trim(), TaskLimits.Title),
            Description = spec.Description is null ? null : Cut(spec.Description, TaskLimits.Description),
            Subject = spec.Subject,
            SubjectRevision = spec.SubjectRevision,
            Assignees = [.. spec.Assignees],
            Outcomes = spec.Outcomes.Select(o => o.Trim()).ToList(),
            CommentRequiredFor = [.. spec.CommentRequiredFor],
            DueAt = spec.DueAt,
            EscalateTo = spec.EscalateTo,
            CreatedAt = now,
        };
        task.Participants.AddRange(people.Select(p => new TaskParticipant
        {
            TaskId = task.Id, PersonId = p, Kind = ParticipantKind.Assignee, AddedAt = now, AddedBy = actor,
        }));
        db.HumanTasks.Add(task);
        Record(task, AuditKind.StateChange, "task:created", actor, $"Task \"{task.Title}\" assigned to {people.Count} person(s).",
            new JsonObject { ["assignees"] = ToArray(task.Assignees), ["people"] = ToArray(people), ["dueAt"] = task.DueAt });
        await audit.LinkAsync(Subjects.Task(task.Id), task.InstanceId, cancellationToken);
        if (task.Subject is not null) await audit.LinkAsync(task.Subject, task.InstanceId, cancellationToken);
        if (notify) await notifier.SendAsync(task, TaskNotifier.Assigned, people, null, cancellationToken);
        return task;
    }

    /// <summary>Records the decision of <paramref name="personId"/> (see <see cref="HumanTask.Complete"/>) with a Decision line on the task and its subject.</summary>
    public async Task<HumanTask> CompleteAsync(string id, string? outcome, string? comment, string? personId, string actor, CancellationToken cancellationToken)
    {
        var task = await GetAsync(id, cancellationToken);
        task.Complete(outcome, comment, personId, actor, clock.GetUtcNow());
        var name = await NameOfAsync(personId, cancellationToken);
        Record(task, AuditKind.Decision, $"task:{task.Outcome}", actor,
            $"{name ?? actor} decided {task.Outcome} on \"{task.Title}\"{(task.Comment is null ? "." : $": {task.Comment}")}",
            new JsonObject
            {
                ["taskId"] = task.Id, ["outcome"] = task.Outcome, ["comment"] = task.Comment, ["personId"] = personId,
                ["subjectRevision"] = task.SubjectRevision,
            });
        return task;
    }

    /// <summary>Adds a delegate (see <see cref="HumanTask.Delegate"/>; 400 on <c>personId</c> when nobody has that id) and notifies them.</summary>
    public async Task<HumanTask> DelegateAsync(string id, string? delegatePersonId, string? byPersonId, bool byManager, string actor, string? comment,
        CancellationToken cancellationToken)
    {
        var task = await GetAsync(id, cancellationToken);
        if (string.IsNullOrWhiteSpace(delegatePersonId)) throw new DomainValidationException("personId", "Name the person to delegate to.");
        var name = await NameOfAsync(delegatePersonId, cancellationToken);
        // Authorisation and state first: a stranger learns nothing about who exists.
        if (!byManager && !task.IsAssignee(byPersonId))
            throw new DomainForbiddenException("personId", "Only an assignee of this task or a coordinator may delegate it.");
        if (name is null) throw new DomainValidationException("personId", $"No person '{delegatePersonId}'.");
        task.Delegate(delegatePersonId, byPersonId, byManager, actor, comment, clock.GetUtcNow());
        Record(task, AuditKind.StateChange, "task:delegated", actor, $"Task \"{task.Title}\" delegated to {name}{(comment is null ? "." : $": {comment}")}",
            new JsonObject { ["taskId"] = task.Id, ["personId"] = delegatePersonId, ["byPersonId"] = byPersonId, ["comment"] = comment });
        await notifier.SendAsync(task, TaskNotifier.Assigned, [delegatePersonId], new JsonObject { ["assigned_by"] = actor }, cancellationToken);
        return task;
    }

    /// <summary>Cancels an open task (409 otherwise).</summary>
    public async Task<HumanTask> CancelAsync(string id, string actor, string why, CancellationToken cancellationToken)
    {
        var task = await GetAsync(id, cancellationToken);
        Cancel(task, actor, why);
        return task;
    }

    /// <summary>Cancels the open tasks the given activities of an instance were waiting for (the instance or those activities were cancelled).</summary>
    public async Task<int> CancelWaitingAsync(string instanceId, IReadOnlyCollection<string> activityIds, string why, CancellationToken cancellationToken)
    {
        var tasks = await db.HumanTasks.Include(t => t.Participants)
            .Where(t => t.InstanceId == instanceId && activityIds.Contains(t.ActivityId) && t.Status == HumanTaskStatus.Open)
            .ToListAsync(cancellationToken);
        foreach (var task in tasks) Cancel(task, Actors.Workflow(instanceId), why);
        return tasks.Count;
    }

    /// <summary>Reminds those who have not acted; returns how many were reached.</summary>
    public async Task<int> RemindAsync(HumanTask task, CancellationToken cancellationToken)
    {
        if (task.Status != HumanTaskStatus.Open) return 0;
        task.RemindersSent++;
        var people = task.PeopleToRemind();
        Record(task, AuditKind.StateChange, "task:reminded", Actors.Workflow(task.InstanceId),
            $"Reminder {task.RemindersSent} about \"{task.Title}\" sent to {people.Count} person(s).", new JsonObject { ["people"] = ToArray(people) });
        return await notifier.SendAsync(task, TaskNotifier.Reminder, people, new JsonObject { ["reminder_number"] = task.RemindersSent }, cancellationToken);
    }

    /// <summary>
    /// The task is overdue: marks it escalated, adds the holders of <see cref="HumanTask.EscalateTo"/> as assignees and
    /// sends them <c>task-escalated</c>. Returns the people added (none without a role, or when already escalated).
    /// </summary>
    public async Task<IReadOnlyList<string>> EscalateAsync(HumanTask task, CancellationToken cancellationToken)
    {
        if (task.EscalateTo is null || task.Status != HumanTaskStatus.Open || task.EscalatedAt is not null) return [];
        var actor = Actors.Workflow(task.InstanceId);
        var holders = await roster.ResolveAsync([$"role:{task.EscalateTo}"], cancellationToken);
        var added = task.Escalate(holders, actor, clock.GetUtcNow());
        Record(task, AuditKind.StateChange, "task:escalated", actor,
            $"Task \"{task.Title}\" is overdue: escalated to {task.EscalateTo} ({holders.Count} holder(s)).",
            new JsonObject { ["role"] = task.EscalateTo, ["people"] = ToArray(holders) });
        await notifier.SendAsync(task, TaskNotifier.Escalated, holders, new JsonObject { ["role"] = task.EscalateTo }, cancellationToken);
        return added;
    }

    private void Cancel(HumanTask task, string actor, string why)
    {
        task.Cancel(clock.GetUtcNow());
        Record(task, AuditKind.StateChange, "task:cancelled", actor, $"Task \"{task.Title}\" cancelled: {why}", new JsonObject { ["taskId"] = task.Id });
    }

    /// <summary>Stages the same line on the task and on its subject, so the plan's trail shows its approvals.</summary>
    private void Record(HumanTask task, AuditKind kind, string action, string actor, string summary, JsonObject data)
    {
        data["taskId"] ??= task.Id;
        audit.Record(Subjects.Task(task.Id), kind, action, actor, summary, data, task.InstanceId);
        if (task.Subject is not null) audit.Record(task.Subject, kind, action, actor, summary, data.DeepClone(), task.InstanceId);
    }

    private async Task<int> OrdinalAsync(string instanceId, string activityId, CancellationToken cancellationToken) =>
        1 + db.HumanTasks.Local.Count(t => t.InstanceId == instanceId && t.ActivityId == activityId)
          + await db.HumanTasks.CountAsync(t => t.InstanceId == instanceId && t.ActivityId == activityId, cancellationToken);

    private async Task<string?> NameOfAsync(string? personId, CancellationToken cancellationToken) => personId is null
        ? null
        : await db.People.Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);

    private static JsonArray ToArray(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
