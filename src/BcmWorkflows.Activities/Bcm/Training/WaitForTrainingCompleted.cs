using System.Text.Json.Nodes;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Domain.Training;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Sending;

namespace BcmWorkflows.Activities.Bcm.Training;

/// <summary>
/// Waits until every listed assignment is completed (or cancelled) → <c>Completed</c>, or until the earliest open one
/// is <c>overdueAfter</c> past its due date → <c>Overdue</c> with who is late and their managers. Before that it
/// reminds those not done at each <c>remindBefore</c> point (template <c>training-reminder</c>, once per assignment and
/// point). The records are re-read on every wake-up (and before the first wait), so a lost or doubled
/// <c>bcm.training.changed</c> event cannot miscount.
/// </summary>
[Activity("WaitForTrainingCompleted", "BCM", "Waits for training assignments to be completed, reminding people before the due date; reports who is overdue and their managers.", DisplayName = "Wait for training")]
[Outcomes("Completed", "Overdue")]
[Output("overdue", "Array", "On Overdue: the late assignments: assignmentId, personId, courseId, course, dueAt, managerPersonId.")]
[Output("overduePeople", "Array", "On Overdue: the person ids of the late assignments.")]
[Output("overdueManagers", "Array", "On Overdue: the managers of the late people (org unit managers), each once.")]
[Output("overdueCount", "Number", "On Overdue: how many assignments are late.")]
[Output("url", "String", "Where the training records are (for messages).")]
[Output("completed", "Number", "How many of the assignments are done.")]
[Output("total", "Number", "How many assignments are watched.")]
public sealed class WaitForTrainingCompleted(TrainingService training, Roster roster, MessageComposer composer, IAckLinks links) : Activity
{
    [Input(Required = true, Description = "The assignments to watch (e.g. outputs.assign.assignmentIds).", UiHint = "Expression")]
    public List<string> AssignmentIds { get; set; } = [];

    [Input(Description = "Reminders before each due date, as ISO 8601 durations, e.g. [\"P7D\", \"P1D\"].", UiHint = "Durations")]
    public List<string>? RemindBefore { get; set; }

    [Input(Description = "Report Overdue this long after the due date (default at once); a second round after an escalation uses e.g. P7D.", UiHint = "Duration")]
    public TimeSpan? OverdueAfter { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var assignments = await ReadAsync(context);
        if (await SettleAsync(context, assignments)) return;
        var now = context.Now;
        foreach (var assignment in assignments.Where(a => a.IsOpen))
            context.CreateBookmark(Bookmark.EventType, TrainingEvents.Changed, assignment.Id);
        foreach (var at in ReminderPoints(assignments).Select(p => p.At).Where(at => at > now).Distinct())
            context.CreateTimer(at, new JsonObject { ["kind"] = "reminder" });
        context.CreateTimer(Deadline(assignments), new JsonObject { ["kind"] = "due" });
    }

    public override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var assignments = await ReadAsync(context);
        if (await SettleAsync(context, assignments)) return;
        var bookmark = context.ResumedBookmark!;
        if (bookmark.Type == Bookmark.EventType)
        {
            // The resumed wait is gone; wait again for that assignment only if it is still open.
            if (assignments.Any(a => a.Id == bookmark.CorrelationId && a.IsOpen))
                context.CreateBookmark(Bookmark.EventType, TrainingEvents.Changed, bookmark.CorrelationId);
            return;
        }
        if (bookmark.Data?["kind"]?.GetValue<string>() == "reminder") await RemindAsync(context, assignments);
        else context.CreateTimer(Deadline(assignments), new JsonObject { ["kind"] = "due" }); // the late ones were done meanwhile
    }

    private async Task<List<TrainingAssignment>> ReadAsync(ActivityExecutionContext context)
    {
        try { return await training.ReadAssignmentsAsync(AssignmentIds.Distinct().ToList(), context.CancellationToken); }
        catch (DomainNotFoundException ex) { throw new InvalidOperationException($"WaitForTrainingCompleted: {ex.Message}"); }
    }

    /// <summary>Completes when nothing is open (Completed) or something is late (Overdue); false to keep waiting.</summary>
    private async Task<bool> SettleAsync(ActivityExecutionContext context, List<TrainingAssignment> assignments)
    {
        var done = assignments.Count(a => !a.IsOpen);
        context.SetOutput("completed", done);
        context.SetOutput("total", assignments.Count);
        context.SetOutput("url", $"{BcmMessages.BaseUrl(links)}/training");
        if (done == assignments.Count)
        {
            context.Log($"All {assignments.Count} assignment(s) done.");
            context.Complete("Completed");
            return true;
        }
        var late = assignments.Where(a => a.IsOpen && a.DueAt + Grace <= context.Now).OrderBy(a => a.DueAt).ToList();
        if (late.Count == 0) return false;

        var ct = context.CancellationToken;
        var courseIds = late.Select(a => a.CourseId).Distinct().ToList();
        var titles = await training.CourseTitlesAsync(courseIds, ct);
        var items = new JsonArray();
        var managers = new List<string>();
        foreach (var a in late)
        {
            var manager = await roster.ManagerOfAsync(a.PersonId, ct);
            if (manager is not null && !managers.Contains(manager)) managers.Add(manager);
            var name = await training.PersonNameAsync(a.PersonId, ct);
            items.Add(new JsonObject
            {
                ["assignmentId"] = a.Id, ["personId"] = a.PersonId, ["person"] = name, ["courseId"] = a.CourseId,
                ["course"] = titles.GetValueOrDefault(a.CourseId), ["dueAt"] = a.DueAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), ["due_date"] = BcmMessages.Date(a.DueAt),
                ["managerPersonId"] = manager,
            });
        }
        context.SetOutput("overdue", items);
        context.SetOutput("overdueCount", late.Count);
        context.SetOutput("overduePeople", new JsonArray(late.Select(a => (JsonNode?)a.PersonId).Distinct().ToArray()));
        context.SetOutput("overdueManagers", new JsonArray(managers.Select(m => (JsonNode?)m).ToArray()));
        context.Log($"{late.Count} of {assignments.Count} assignment(s) overdue; {managers.Count} manager(s) to inform.");
        context.Complete("Overdue");
        return true;
    }

    /// <summary>Reminds each open assignment whose reminder point has come, once per assignment and point.</summary>
    private async Task RemindAsync(ActivityExecutionContext context, List<TrainingAssignment> assignments)
    {
        var state = BcmMessages.State(context);
        if (state["reminded"] is not JsonArray reminded) state["reminded"] = reminded = [];
        context.SetState(state);
        var sent = 0;
        foreach (var (assignment, key, _) in ReminderPoints(assignments).Where(p => p.At <= context.Now))
        {
            if (reminded.Any(r => r?.GetValue<string>() == key)) continue;
            reminded.Add(key);
            var course = await training.FindCourseAsync(assignment.CourseId, context.CancellationToken);
            var model = new JsonObject
            {
                ["training"] = new JsonObject
                {
                    ["course"] = course?.Title, ["due_date"] = BcmMessages.Date(assignment.DueAt), ["overdue"] = false,
                    ["url"] = $"{BcmMessages.BaseUrl(links)}/training",
                },
            };
            sent += await BcmMessages.SendAsync(context, composer, [assignment.PersonId], "training-reminder", model, context.CancellationToken);
        }
        context.Log($"{sent} reminder(s) queued.");
    }

    /// <summary>Each open assignment's reminder times: (assignment, "{id}:{duration}", at).</summary>
    private IEnumerable<(TrainingAssignment Assignment, string Key, DateTimeOffset At)> ReminderPoints(List<TrainingAssignment> assignments) =>
        from a in assignments
        where a.IsOpen
        from text in RemindBefore ?? []
        let before = InputConverter.ParseDuration(text)
        select (a, $"{a.Id}:{text}", a.DueAt - before);

    private TimeSpan Grace => OverdueAfter ?? TimeSpan.Zero;

    /// <summary>When the earliest open assignment becomes overdue.</summary>
    private DateTimeOffset Deadline(List<TrainingAssignment> assignments) => assignments.Where(a => a.IsOpen).Min(a => a.DueAt) + Grace;
}
