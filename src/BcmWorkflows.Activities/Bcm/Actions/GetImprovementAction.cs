using BcmWorkflows.Domain.Actions;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Notifications.Acknowledgements;

namespace BcmWorkflows.Activities.Bcm.Actions;

/// <summary>
/// Reads an improvement action for the steps after it (a notification to its owner names its title and due date) and
/// links this instance to <c>action:{id}</c>, so that the messages the workflow sends appear in the action's audit trail.
/// </summary>
[Activity("GetImprovementAction", "BCM", "Reads an improvement action (title, owner, due date, the owner's manager) for later steps.", DisplayName = "Get improvement action")]
[Outcomes("Done")]
[Output("action", "Object", "The action for templates: id, title, description, status, due_date, comment, url.")]
[Output("ownerPersonId", "String", "The action's owner.")]
[Output("ownerName", "String", "The owner's name.")]
[Output("ownerManager", "String", "The owner's manager (org unit manager), or null.")]
public sealed class GetImprovementAction(ImprovementActionService actions, Roster roster, IAckLinks links, AuditLog audit) : Activity
{
    [Input(Required = true, Description = "The improvement action to read.")]
    public string ActionId { get; set; } = "";

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ct = context.CancellationToken;
        var action = await actions.ReadAsync(ActionId, ct);
        await audit.LinkAsync(Subjects.Action(action.Id), context.Instance.Id, ct);
        context.SetOutput("action", WaitForActionClosed.Describe(action, links));
        context.SetOutput("ownerPersonId", action.OwnerPersonId);
        context.SetOutput("ownerName", await actions.PersonNameAsync(action.OwnerPersonId, ct));
        context.SetOutput("ownerManager", await roster.ManagerOfAsync(action.OwnerPersonId, ct));
        context.Complete("Done");
    }
}
