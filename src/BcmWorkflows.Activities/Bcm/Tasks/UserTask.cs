using BcmWorkflows.Domain.Tasks;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Activities.Bcm.Tasks;

/// <summary>
/// A task for people (revise a plan, check an action's effectiveness): waits until an assignee or a delegate completes
/// it in the task inbox and continues on the port of the chosen outcome (one port per outcome). Reminders, escalation
/// when overdue and delegation as described on <see cref="HumanTaskActivity"/>.
/// </summary>
[Activity("UserTask", "BCM", "Assigns a task to people (persons, BCM roles, org units) and waits until one of them completes it with an outcome; reminders before the due date, escalation to a role when overdue.", DisplayName = "User task")]
[Outcomes("Done")]
[Output("taskId", "String", "The task's id (GET /api/tasks/{id}); written when the task is created.")]
[Output("outcome", "String", "The outcome chosen.")]
[Output("comment", "String", "The comment given with the outcome, or null.")]
[Output("completedBy", "String", "The email of the user who completed the task.")]
[Output("completedByPersonId", "String", "The person id of the user who completed the task.")]
[Output("completedAt", "String", "When the task was completed (ISO 8601).")]
public sealed class UserTask(HumanTasks tasks) : HumanTaskActivity(tasks), IHasDynamicOutcomes, IValidatesModel
{
    private static readonly IReadOnlyList<string> DefaultOutcomes = ["Done"];

    [Input(Description = "The outcomes the person chooses from; each becomes a port (default [\"Done\"]).", UiHint = "Outcomes")]
    public List<string> Outcomes { get; set; } = ["Done"];

    protected override IReadOnlyList<string> TaskOutcomes => Outcomes.Count == 0 ? DefaultOutcomes : Outcomes;

    protected override IReadOnlyList<string> DefaultCommentRequiredFor => [];

    public static IReadOnlyList<string> GetOutcomes(ActivityModel model) =>
        HumanTaskValidation.LiteralOutcomes(model, DefaultOutcomes)?.Where(o => !string.IsNullOrWhiteSpace(o)).Distinct(StringComparer.Ordinal).ToList()
        ?? DefaultOutcomes;

    public static void Validate(ActivityModel model, ActivityValidationContext context) =>
        HumanTaskValidation.Validate(model, context, HumanTaskValidation.LiteralOutcomes(model, DefaultOutcomes), []);
}
