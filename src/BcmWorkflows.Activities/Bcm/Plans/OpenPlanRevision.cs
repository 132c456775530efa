using System.Text.Json.Nodes;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Activities.Bcm.Plans;

/// <summary>
/// Gives a review workflow the revision to work on: the plan's open Draft or Returned revision when there is one,
/// else a new Draft copying the latest content (faults while another revision is in review or pending approval).
/// Outputs what the next steps need: the revision number, the owner to assign the revision task to, the approvers
/// (resolved to person ids) and the plan title. Links this instance to the plan's audit trail.
/// </summary>
[Activity("OpenPlanRevision", "BCM", "Reuses the plan's open Draft/Returned revision or opens a new Draft; outputs revision, owner, approvers, title.", DisplayName = "Open plan revision")]
[Outcomes("Done")]
[Output("revision", "Number", "The revision number to work on.")]
[Output("ownerPersonId", "String", "The plan owner's person id (null when none).")]
[Output("approvers", "Array", "The approvers' person ids (roles and org units resolved).")]
[Output("title", "String", "The plan's title.")]
[Output("people", "Array", "The plan's people to tell about it: owner, approvers and the plan's org unit (orgunit:{id}), each once.")]
public sealed class OpenPlanRevision(PlanBook plans, PlanRevisions revisions, AuditLog audit) : Activity
{
    [Input(Required = true, Description = "The plan id.", UiHint = "Expression")]
    public string PlanId { get; set; } = "";

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ct = context.CancellationToken;
        Plan plan;
        PlanRevision revision;
        try
        {
            plan = await plans.FindAsync(PlanId, ct);
            revision = await revisions.OpenOrReuseAsync(PlanId, PlanActor.Workflow(context.Instance.Id), ct);
        }
        catch (DomainException refused)
        {
            throw new WorkflowFaultException($"OpenPlanRevision: {refused.Message}", refused);
        }
        var approvers = await plans.ApproverPeopleAsync(plan, ct);
        await audit.LinkAsync(Subjects.Plan(PlanId), context.Instance.Id, ct);
        context.SetOutput("revision", revision.Number);
        context.SetOutput("ownerPersonId", plan.OwnerPersonId);
        context.SetOutput("approvers", new JsonArray(approvers.Select(id => (JsonNode)id).ToArray()));
        context.SetOutput("title", plan.Title);
        var people = new List<string>();
        if (plan.OwnerPersonId is { } owner) people.Add(owner);
        people.AddRange(approvers);
        if (plan.OrgUnitId is { } unit) people.Add($"orgunit:{unit}");
        context.SetOutput("people", new JsonArray(people.Distinct(StringComparer.Ordinal).Select(id => (JsonNode)id).ToArray()));
        context.Complete("Done");
    }
}
