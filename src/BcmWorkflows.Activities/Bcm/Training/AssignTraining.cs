using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Domain.Training;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Sending;

namespace BcmWorkflows.Activities.Bcm.Training;

/// <summary>
/// Assigns training: one course (<c>courseId</c>), every course linked to a plan (<c>planId</c>), or neither: the
/// courses of the BCM roles each member holds (a new person). Members default to the holders of each course's roles.
/// An open assignment for the same course and person is reused, never doubled; only newly assigned people are notified
/// (template <c>training-assigned</c>). Each new assignment is audited on <c>training:{id}</c> and linked to the instance.
/// </summary>
[Activity("AssignTraining", "BCM", "Assigns a course, a plan's courses, or the courses of the members' BCM roles, and notifies the people newly assigned.", DisplayName = "Assign training")]
[Outcomes("Done")]
[Output("assignmentIds", "Array", "Every assignment concerned (new and reused open ones).")]
[Output("count", "Number", "How many assignments that is.")]
[Output("created", "Number", "How many were new (and notified).")]
public sealed class AssignTraining(TrainingService training, Roster roster, MessageComposer composer, IAckLinks links) : Activity
{
    [Input(Description = "The course to assign. Leave empty to use planId, or the members' roles.")]
    public string? CourseId { get; set; }

    [Input(Description = "Assign every course that lists this plan (used when a plan is published).")]
    public string? PlanId { get; set; }

    [Input(Description = "Who: member references (person:{id}, role:{key}, orgunit:{id} or a person id). Default: the holders of each course's roles.", UiHint = "People")]
    public List<string>? Members { get; set; }

    [Input(Description = "Due this long after now (ISO 8601, e.g. P30D). Default: the course's dueWithinDays.", UiHint = "Duration")]
    public TimeSpan? DueIn { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ct = context.CancellationToken;
        var actor = Actors.Workflow(context.Instance.Id);
        var dueAt = DueIn is { } dueIn ? context.Now + dueIn : (DateTimeOffset?)null;
        var explicitMembers = Members is { Count: > 0 } ? await roster.ResolveAsync(Members, ct) : null;
        var ids = new List<string>();
        var created = 0;
        foreach (var (course, people) in await PlanAsync(explicitMembers, ct))
        {
            var fresh = new List<TrainingAssignment>();
            foreach (var personId in people)
            {
                var (assignment, isNew) = await training.AssignAsync(course.Id, personId, dueAt, actor, context.Instance.Id, ct);
                if (!ids.Contains(assignment.Id)) ids.Add(assignment.Id);
                if (isNew) fresh.Add(assignment);
            }
            created += fresh.Count;
            foreach (var group in fresh.GroupBy(a => a.DueAt))
                await BcmMessages.SendAsync(context, composer, group.Select(a => a.PersonId).ToList(), "training-assigned", Model(course, group.Key), ct);
        }
        context.SetOutput("assignmentIds", new JsonArray(ids.Select(id => (JsonNode?)id).ToArray()));
        context.SetOutput("count", ids.Count);
        context.SetOutput("created", created);
        context.Log($"{created} training assignment(s) made, {ids.Count - created} already open.");
        context.Complete("Done");
    }

    /// <summary>Which courses go to whom.</summary>
    private async Task<List<(TrainingCourse Course, IReadOnlyList<string> People)>> PlanAsync(IReadOnlyList<string>? members, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(CourseId))
        {
            var course = await training.FindCourseAsync(CourseId, ct)
                ?? throw new InvalidOperationException($"AssignTraining: no training course '{CourseId}'.");
            return [(course, members ?? await HoldersAsync(course, ct))];
        }
        if (!string.IsNullOrWhiteSpace(PlanId))
        {
            var result = new List<(TrainingCourse, IReadOnlyList<string>)>();
            foreach (var course in await training.CoursesForPlanAsync(PlanId, ct)) result.Add((course, members ?? await HoldersAsync(course, ct)));
            return result;
        }
        if (members is null) throw new InvalidOperationException("AssignTraining: give courseId, planId or members (whose BCM roles choose the courses).");
        // Neither a course nor a plan: each member takes the courses of the roles they hold.
        return await training.CoursesByRolesHeldAsync(members, ct);
    }

    private Task<IReadOnlyList<string>> HoldersAsync(TrainingCourse course, CancellationToken ct) =>
        roster.ResolveAsync(course.RoleIds.Select(r => $"role:{r}"), ct);

    private JsonObject Model(TrainingCourse course, DateTimeOffset dueAt) => new()
    {
        ["training"] = new JsonObject
        {
            ["course"] = course.Title,
            ["description"] = course.Description,
            ["due_date"] = BcmMessages.Date(dueAt),
            ["evidence_required"] = course.EvidenceRequired,
            ["url"] = $"{BcmMessages.BaseUrl(links)}/training",
        },
    };
}
