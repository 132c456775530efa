using BcmWorkflows.Domain.Tasks;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Activities.Bcm.Tasks;

/// <summary>
/// A <see cref="UserTask"/> whose outcomes are fixed: <c>Approved</c> or <c>Rejected</c>, a comment required on
/// <c>Rejected</c> unless <c>commentRequiredFor</c> says otherwise. Approvers of a plan revision (subject
/// <c>plan:{id}</c> with <c>subjectRevision</c>) see the revision's diff in the task view.
/// </summary>
[Activity("Approval", "BCM", "Asks people to approve or reject (comment required on Rejected by default) and waits for the decision; reminders before the due date, escalation to a role when overdue.")]
[Outcomes(Approved, Rejected)]
[Output("taskId", "String", "The task's id (GET /api/tasks/{id}); written when the task is created.")]
[Output("outcome", "String", "Approved or Rejected.")]
[Output("comment", "String", "The comment given with the decision, or null.")]
[Output("completedBy", "String", "The email of the user who decided.")]
[Output("completedByPersonId", "String", "The person id of the user who decided.")]
[Output("completedAt", "String", "When the decision was made (ISO 8601).")]
public sealed class Approval(HumanTasks tasks) : HumanTaskActivity(tasks), IValidatesModel
{
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";

    private static readonly IReadOnlyList<string> Fixed = [Approved, Rejected];
    private static readonly IReadOnlyList<string> CommentOnRejection = [Rejected];

    protected override IReadOnlyList<string> TaskOutcomes => Fixed;

    protected override IReadOnlyList<string> DefaultCommentRequiredFor => CommentOnRejection;

    public static void Validate(ActivityModel model, ActivityValidationContext context) =>
        HumanTaskValidation.Validate(model, context, Fixed, CommentOnRejection);
}
