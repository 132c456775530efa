using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Tasks;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Activities.Bcm.Tasks;

/// <summary>
/// What <see cref="UserTask"/> and <see cref="Approval"/> share: create a <see cref="HumanTask"/> for the assignees,
/// wait on <c>bcm.task.completed</c> (correlated by the task id) with timers for reminders and the due date, and
/// continue on the port named by the chosen outcome. Whenever it wakes it re-reads the task (an event may be lost or
/// come twice): a completed task finishes the activity whatever woke it. Reminders go out every <see cref="RemindEvery"/>
/// before the due date to those who have not acted; at the due date the task is escalated to <see cref="EscalateTo"/>
/// and stays open. Cancelling the instance (or this wait) cancels the task (<see cref="CancelTasksOfCancelledWaits"/>).
/// </summary>
public abstract class HumanTaskActivity(HumanTasks tasks) : Activity
{
    private const string ReminderTimer = "reminder";
    private const string DueTimer = "due";

    [Input(Required = true, Description = "Who should act: person ids or member references (person:{id}, role:{key}, orgunit:{id}), or an expression giving them.", UiHint = "Members")]
    public List<string> Assignees { get; set; } = [];

    [Input(Required = true, Description = "One line saying what to do; Scriban text rendered with the workflow scope (input, variables, outputs).", UiHint = "TemplateText")]
    public string Title { get; set; } = "";

    [Input(Description = "Details for the assignees; Scriban text rendered with the workflow scope.", UiHint = "TemplateText")]
    public string? Description { get; set; }

    [Input(Description = "Outcomes that need a comment from the person deciding.", UiHint = "Outcomes")]
    public List<string>? CommentRequiredFor { get; set; }

    [Input(Description = "Due this long after the task is created (ISO 8601, e.g. P3D); or use dueAt.", UiHint = "Duration")]
    public TimeSpan? DueIn { get; set; }

    [Input(Description = "Due at this moment (ISO 8601 date and time with offset); or use dueIn.", UiHint = "DateTime")]
    public string? DueAt { get; set; }

    [Input(Description = "Remind those who have not acted this often before the due date (ISO 8601, e.g. P1D).", UiHint = "Duration")]
    public TimeSpan? RemindEvery { get; set; }

    [Input(Description = "A BCM role key: when the task is overdue its holders are added as assignees and told (task-escalated).", UiHint = "BcmRole")]
    public string? EscalateTo { get; set; }

    [Input(Description = "What the task is about, an audit subject such as plan:{{ input.planId }}: the decision appears on its trail.", UiHint = "Subject")]
    public string? Subject { get; set; }

    [Input(Description = "For a plan subject: the revision the decision is about.")]
    public int? SubjectRevision { get; set; }

    [Input(Description = "Send the assignees task-assigned with a link to the task (default true).")]
    public bool Notify { get; set; } = true;

    /// <summary>The outcomes the person chooses from (the activity's ports).</summary>
    protected abstract IReadOnlyList<string> TaskOutcomes { get; }

    /// <summary>Used when <see cref="CommentRequiredFor"/> is not given.</summary>
    protected abstract IReadOnlyList<string> DefaultCommentRequiredFor { get; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var dueAt = DueAt is { Length: > 0 } text ? ParseDueAt(text) : DueIn is { } dueIn ? context.Now + dueIn : (DateTimeOffset?)null;
        var task = await tasks.CreateAsync(new NewHumanTask
        {
            InstanceId = context.Instance.Id,
            ActivityId = context.ActivityId,
            Title = Title,
            Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
            Assignees = Assignees,
            Outcomes = TaskOutcomes,
            CommentRequiredFor = CommentRequiredFor ?? DefaultCommentRequiredFor,
            DueAt = dueAt,
            EscalateTo = string.IsNullOrWhiteSpace(EscalateTo) ? null : EscalateTo.Trim(),
            Subject = string.IsNullOrWhiteSpace(Subject) ? null : Subject.Trim(),
            SubjectRevision = SubjectRevision,
        }, Notify, context.CancellationToken);

        context.SetState(new JsonObject { ["taskId"] = task.Id, ["remindEvery"] = RemindEvery?.ToString("c", CultureInfo.InvariantCulture) });
        context.SetOutput("taskId", task.Id);
        context.CreateBookmark(Bookmark.EventType, TaskEvents.Completed, task.Id);
        ScheduleReminder(context, task, RemindEvery);
        if (task.DueAt is { } due) context.CreateTimer(due, new JsonObject { ["kind"] = DueTimer });
        context.Log($"Task {task.Id} \"{task.Title}\" assigned to {task.Participants.Count} person(s).");
    }

    public override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var state = context.GetState() ?? throw new InvalidOperationException("The task's state is missing.");
        var task = await tasks.GetAsync(state["taskId"]!.GetValue<string>(), context.CancellationToken);
        switch (task.Status)
        {
            case HumanTaskStatus.Completed:
                Finish(context, task);
                return;
            case HumanTaskStatus.Cancelled:
                throw new InvalidOperationException($"Task {task.Id} was cancelled while the workflow still waited for it.");
        }

        var bookmark = context.ResumedBookmark!;
        if (bookmark.Type != Bookmark.TimerType)
        {
            // Woken although the task is still open (an event for an earlier decision that did not hold): wait again.
            context.CreateBookmark(Bookmark.EventType, TaskEvents.Completed, task.Id);
            return;
        }
        if (bookmark.Data?["kind"]?.GetValue<string>() == DueTimer)
        {
            var added = await tasks.EscalateAsync(task, context.CancellationToken);
            context.Log(task.EscalateTo is null
                ? $"Task {task.Id} is overdue."
                : $"Task {task.Id} is overdue: escalated to {task.EscalateTo}, {added.Count} person(s) added.");
            return;
        }
        var reached = await tasks.RemindAsync(task, context.CancellationToken);
        context.Log($"Reminder {task.RemindersSent} for task {task.Id}: {reached} person(s) reached.");
        var every = state["remindEvery"]?.GetValue<string>() is { } text ? TimeSpan.Parse(text, CultureInfo.InvariantCulture) : (TimeSpan?)null;
        ScheduleReminder(context, task, every);
    }

    /// <summary>The next reminder, when there is an interval and it falls before the due date.</summary>
    private static void ScheduleReminder(ActivityExecutionContext context, HumanTask task, TimeSpan? every)
    {
        if (every is not { } interval || interval <= TimeSpan.Zero) return;
        var at = context.Now + interval;
        if (task.DueAt is { } due && at >= due) return;
        context.CreateTimer(at, new JsonObject { ["kind"] = ReminderTimer });
    }

    private static void Finish(ActivityExecutionContext context, HumanTask task)
    {
        context.SetOutput("taskId", task.Id);
        context.SetOutput("outcome", task.Outcome);
        context.SetOutput("comment", task.Comment);
        context.SetOutput("completedBy", task.CompletedBy);
        context.SetOutput("completedByPersonId", task.CompletedByPersonId);
        context.SetOutput("completedAt", task.CompletedAt?.ToString("O", CultureInfo.InvariantCulture));
        context.Log($"{task.CompletedBy} decided {task.Outcome}.");
        context.Complete(task.Outcome!);
    }

    internal static DateTimeOffset ParseDueAt(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw new FormatException($"'dueAt' must be an ISO 8601 date and time (2026-03-06T17:00:00+08:00), got '{text}'.");
}
