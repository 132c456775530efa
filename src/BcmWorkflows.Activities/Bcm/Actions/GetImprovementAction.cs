using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Notifications.Acknowledgements;
using Microsoft.EntityFrameworkCore;

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
public sealed class GetImprovementAction(IDomainDb db, Roster roster, IAckLinks links, AuditLog audit) : Activity
{
    [Input(Required = true, Description = "The improvement action to read.")]
    public string ActionId { get; set; } = "";

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ct = context.CancellationToken;
        var action = db.ImprovementActions.Local.FirstOrDefault(a => a.Id == ActionId)
            ?? await db.ImprovementActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == ActionId, ct)
            ?? throw new InvalidOperationException($"GetImprovementAction: no improvement action '{ActionId}'.");
        await audit.LinkAsync(Subjects.Action(action.Id), context.Instance.Id, ct);
        context.SetOutput("action", WaitForActionClosed.Describe(action, links));
        context.SetOutput("ownerPersonId", action.OwnerPersonId);
        context.SetOutput("ownerName", await db.People.AsNoTracking().Where(p => p.Id == action.OwnerPersonId).Select(p => p.Name).FirstOrDefaultAsync(ct));
        context.SetOutput("ownerManager", await roster.ManagerOfAsync(action.OwnerPersonId, ct));
        context.Complete("Done");
    }
}
