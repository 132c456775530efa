using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;

namespace BcmWorkflows.Activities.Bcm.Plans;

/// <summary>
/// For a Cron-triggered workflow: starts a review (a child instance of <c>definitionId</c> with input
/// <c>{ planId }</c>) for every plan whose next review is due (<c>nextReviewAt</c> ≤ now, or never published) and
/// that has no review running. The start is recorded on the plan (<c>reviewStartedAt</c>, cleared when a revision is
/// published) in the same burst, so a second cron run does not start it again.
/// </summary>
[Activity("StartDuePlanReviews", "BCM", "Starts the plan-review workflow for every plan whose review is due and not yet running.", DisplayName = "Start due plan reviews")]
[Outcomes("Done")]
[Output("started", "Array", "The ids of the plans whose review was started.")]
[Output("instanceIds", "Array", "The started review instances, in the same order.")]
public sealed class StartDuePlanReviews(PlanBook plans, IWorkflowSnapshotStore snapshots, AuditLog audit) : Activity
{
    /// <summary>Plans started per run at most; the next run takes the rest.</summary>
    public const int BatchLimit = 200;

    [Input(Description = "The review workflow to start for each due plan.", UiHint = "Workflow")]
    public string DefinitionId { get; set; } = "plan-review-cycle";

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ct = context.CancellationToken;
        var snapshot = await snapshots.FindAsync(DefinitionId, null, ct)
            ?? throw new WorkflowFaultException($"StartDuePlanReviews: the workflow '{DefinitionId}' has no published version to run.");
        var now = context.Now;
        var due = await plans.DueForReviewAsync(now, BatchLimit, ct);
        var started = new JsonArray();
        var instances = new JsonArray();
        foreach (var plan in due)
        {
            var childId = context.StartChildWorkflow(snapshot, new JsonObject { ["planId"] = plan.Id }, plan.Id);
            plans.MarkReviewStarted(plan, childId, now, Actors.Workflow(context.Instance.Id), DefinitionId);
            await audit.LinkAsync(Subjects.Plan(plan.Id), childId, ct);
            started.Add((JsonNode)plan.Id);
            instances.Add((JsonNode)childId);
        }
        context.SetOutput("started", started);
        context.SetOutput("instanceIds", instances);
        context.Complete("Done");
    }
}
