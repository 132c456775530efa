using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Activities.Bcm.Plans;

/// <summary>
/// Moves a plan revision to another status through the same state machine as the API (Draft → InReview →
/// PendingApproval → Approved → Published, Returned with a comment), with the same audit line on <c>plan:{id}</c>
/// written as <c>workflow:{instanceId}</c>, and links this instance to the plan. The workflow acts on decisions its
/// tasks collected, so it is not asked to be an approver. Publishing archives the previous published revision and
/// sets the review dates; <c>plan.published</c> is not raised from here (an activity cannot raise events). A move the
/// machine refuses faults the instance.
/// </summary>
[Activity("SetPlanRevisionStatus", "BCM", "Moves a plan revision to another status (state machine, audit), e.g. Published after approval.", DisplayName = "Set plan revision status")]
[Outcomes("Done")]
[Output("status", "String", "The revision's status afterwards.")]
[Output("published", "Boolean", "True when the revision was published.")]
public sealed class SetPlanRevisionStatus(PlanRevisions revisions, AuditLog audit) : Activity
{
    [Input(Required = true, Description = "The plan id.", UiHint = "Expression")]
    public string PlanId { get; set; } = "";

    [Input(Required = true, Description = "The revision number.", UiHint = "Expression")]
    public int Revision { get; set; }

    [Input(Required = true, Description = "The status to move to.", Options = ["InReview", "PendingApproval", "Approved", "Published", "Returned"])]
    public string Status { get; set; } = "";

    [Input(Description = "Why (required when returning a revision); shown to the owner and in the audit trail.", UiHint = "Expression")]
    public string? Comment { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (!Enum.TryParse<RevisionStatus>(Status, ignoreCase: true, out var to) || !Enum.IsDefined(to))
            throw new WorkflowFaultException($"SetPlanRevisionStatus: '{Status}' is not a revision status.");
        bool published;
        try
        {
            published = await revisions.ChangeStatusAsync(PlanId, Revision, to, Comment, PlanActor.Workflow(context.Instance.Id), context.CancellationToken);
        }
        catch (DomainException refused)
        {
            throw new WorkflowFaultException($"SetPlanRevisionStatus: {refused.Message}", refused);
        }
        await audit.LinkAsync(Subjects.Plan(PlanId), context.Instance.Id, context.CancellationToken);
        context.SetOutput("status", to.ToString());
        context.SetOutput("published", published);
        context.Complete("Done");
    }
}
