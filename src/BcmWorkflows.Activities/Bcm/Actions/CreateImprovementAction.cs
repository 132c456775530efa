using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Actions;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;

namespace BcmWorkflows.Activities.Bcm.Actions;

/// <summary>
/// Opens an improvement action (an incident review, an audit finding) owned by the first person the <c>owner</c>
/// reference stands for, due <c>dueIn</c> from now. The same rules as the API apply (a wrong source or owner faults the
/// activity with the reason); the action is audited on <c>action:{id}</c> and linked to this instance. An activity
/// cannot raise <c>action.created</c> (events are raised after a commit, by the server), so the follow-up workflow
/// (<c>followUp</c>, by default the published <c>improvement-action</c>) is started from here as a child instance in
/// the same burst — the action is followed up exactly as one created through the API. Leave <c>followUp</c> empty when
/// this workflow follows the action itself (<c>WaitForActionClosed</c>).
/// </summary>
[Activity("CreateImprovementAction", "BCM", "Opens an improvement action with an owner and a due date.", DisplayName = "Create improvement action")]
[Outcomes("Done")]
[Output("actionId", "String", "The new action's id.")]
[Output("ownerPersonId", "String", "The person who owns it.")]
[Output("followUpInstanceId", "String", "The follow-up workflow's instance, or null when none was started.")]
public sealed class CreateImprovementAction(ImprovementActionService actions, Roster roster, IWorkflowSnapshotStore snapshots, AuditLog audit) : Activity
{
    [Input(Required = true, Description = "What is to be done (Scriban template allowed).")]
    public string Title { get; set; } = "";

    [Input(Description = "Details: what was found, what to change.")]
    public string? Description { get; set; }

    [Input(Description = "Where it comes from: Incident, Exercise, Audit or Review.", Options = ["Incident", "Exercise", "Audit", "Review"])]
    public string SourceType { get; set; } = "Review";

    [Input(Description = "The id of the incident or exercise it comes from.")]
    public string? SourceId { get; set; }

    [Input(Required = true, Description = "Who owns it: a member reference (person:{id}, role:{key}, orgunit:{id} or a person id); the first person it names.", UiHint = "Person")]
    public string Owner { get; set; } = "";

    [Input(Description = "Due this long from now (ISO 8601, default P30D).", UiHint = "Duration")]
    public TimeSpan? DueIn { get; set; }

    [Input(Description = "The workflow that follows the action up (input actionId), default improvement-action; empty for none.", UiHint = "Workflow")]
    public string? FollowUp { get; set; } = "improvement-action";

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ct = context.CancellationToken;
        var owner = (await roster.ResolveAsync([Owner], ct)).FirstOrDefault()
            ?? throw new InvalidOperationException($"CreateImprovementAction: '{Owner}' names nobody.");
        var input = new ActionInput(Title, Description, new ActionSourceInput(SourceType, SourceId, null), owner, context.Now + (DueIn ?? TimeSpan.FromDays(30)));
        var action = await actions.CreateAsync(input, Actors.Workflow(context.Instance.Id), context.Instance.Id, ct);
        context.SetOutput("actionId", action.Id);
        context.SetOutput("ownerPersonId", owner);
        context.SetOutput("followUpInstanceId", await StartFollowUpAsync(context, action.Id));
        context.Log($"Improvement action {action.Id} opened for {owner}.");
        context.Complete("Done");
    }

    private async Task<string?> StartFollowUpAsync(ActivityExecutionContext context, string actionId)
    {
        if (string.IsNullOrWhiteSpace(FollowUp)) return null;
        var snapshot = await snapshots.FindAsync(FollowUp.Trim(), null, context.CancellationToken)
            ?? throw new WorkflowFaultException($"CreateImprovementAction: the follow-up workflow '{FollowUp}' has no published version.");
        var childId = context.StartChildWorkflow(snapshot, new JsonObject { ["actionId"] = actionId }, actionId);
        await audit.LinkAsync(Subjects.Action(actionId), childId, context.CancellationToken);
        return childId;
    }
}
