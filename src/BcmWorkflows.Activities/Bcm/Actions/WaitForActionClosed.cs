using System.Text.Json.Nodes;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Actions;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Sending;

namespace BcmWorkflows.Activities.Bcm.Actions;

/// <summary>
/// Follows an improvement action until something needs the workflow: <c>Completed</c> (the owner finished it: time for
/// the effectiveness check), <c>Reopened</c> (the check failed), <c>Verified</c> (closed and effective) or
/// <c>Overdue</c> (the due date passed while open; output <c>ownerManager</c>). Each Completed, Reopened and Overdue is
/// reported once (remembered in the activity's state), so a workflow that loops back here waits for the next change
/// instead of seeing the same one again. Reminds the owner at each <c>remindBefore</c> point (template
/// <c>improvement-action</c>, kind <c>reminder</c>). The action is re-read on every wake-up and before the first wait.
/// </summary>
[Activity("WaitForActionClosed", "BCM", "Waits for an improvement action to be completed, verified or reopened, reminding the owner and reporting when it is overdue.", DisplayName = "Wait for action closed")]
[Outcomes("Verified", "Reopened", "Completed", "Overdue")]
[Output("status", "String", "The action's status when the wait ended.")]
[Output("ownerPersonId", "String", "The action's owner.")]
[Output("ownerManager", "String", "On Overdue: the owner's manager (org unit manager), or null.")]
[Output("comment", "String", "The last comment on the action (e.g. why the effectiveness check failed).")]
[Output("action", "Object", "The action for templates: id, title, description, status, due_date, comment, url.")]
public sealed class WaitForActionClosed(ImprovementActionService actions, Roster roster, MessageComposer composer, IAckLinks links, AuditLog audit) : Activity
{
    [Input(Required = true, Description = "The improvement action to follow.")]
    public string ActionId { get; set; } = "";

    [Input(Description = "Reminders to the owner before the due date, as ISO 8601 durations, e.g. [\"P7D\", \"P1D\"].", UiHint = "Durations")]
    public List<string>? RemindBefore { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var action = await ReadAsync(context);
        await audit.LinkAsync(Subjects.Action(action.Id), context.Instance.Id, context.CancellationToken);
        if (await SettleAsync(context, action)) return;
        context.CreateBookmark(Bookmark.EventType, ActionEvents.Changed, action.Id);
        if (!ActionTransitions.IsOpen(action.Status)) return;
        foreach (var text in RemindBefore ?? [])
            if (action.DueAt - InputConverter.ParseDuration(text) is var at && at > context.Now)
                context.CreateTimer(at, new JsonObject { ["kind"] = "reminder" });
        if (!Reported(context, OverdueKey(action))) context.CreateTimer(action.DueAt, new JsonObject { ["kind"] = "due" });
    }

    public override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var action = await ReadAsync(context);
        if (await SettleAsync(context, action)) return;
        var bookmark = context.ResumedBookmark!;
        if (bookmark.Type == Bookmark.EventType) context.CreateBookmark(Bookmark.EventType, ActionEvents.Changed, action.Id);
        else if (bookmark.Data?["kind"]?.GetValue<string>() == "reminder" && ActionTransitions.IsOpen(action.Status))
        {
            var model = new JsonObject
            {
                ["action"] = Describe(action, links),
                ["notice"] = new JsonObject { ["kind"] = "reminder" },
            };
            await BcmMessages.SendAsync(context, composer, [action.OwnerPersonId], "improvement-action", model, context.CancellationToken);
            context.Log($"Reminder sent to {action.OwnerPersonId}.");
        }
    }

    private async Task<ImprovementAction> ReadAsync(ActivityExecutionContext context)
    {
        try { return await actions.ReadAsync(ActionId, context.CancellationToken); }
        catch (DomainNotFoundException ex) { throw new InvalidOperationException($"WaitForActionClosed: {ex.Message}"); }
    }

    private async Task<bool> SettleAsync(ActivityExecutionContext context, ImprovementAction action)
    {
        context.SetOutput("status", action.Status.ToString());
        context.SetOutput("ownerPersonId", action.OwnerPersonId);
        context.SetOutput("comment", action.LastComment);
        context.SetOutput("action", Describe(action, links));
        string? outcome = action.Status switch
        {
            ActionStatus.Verified => "Verified",
            ActionStatus.Completed when Report(context, $"Completed@{action.Revision}") => "Completed",
            ActionStatus.Reopened when Report(context, $"Reopened@{action.ReopenCount}") => "Reopened",
            _ when action.IsOverdue(context.Now) && Report(context, OverdueKey(action)) => "Overdue",
            _ => null,
        };
        if (outcome is null) return false;
        if (outcome == "Overdue") context.SetOutput("ownerManager", await roster.ManagerOfAsync(action.OwnerPersonId, context.CancellationToken));
        context.Log($"Action {action.Id}: {outcome}.");
        context.Complete(outcome);
        return true;
    }

    /// <summary>The action as the templates see it.</summary>
    internal static JsonObject Describe(ImprovementAction action, IAckLinks links) => new()
    {
        ["id"] = action.Id, ["title"] = action.Title, ["description"] = action.Description, ["status"] = action.Status.ToString(),
        ["due_date"] = BcmMessages.Date(action.DueAt), ["comment"] = action.LastComment,
        ["url"] = $"{BcmMessages.BaseUrl(links)}/improvement-actions/{action.Id}",
    };

    private static string OverdueKey(ImprovementAction action) => $"Overdue@{action.DueAt.UtcTicks}";

    private static bool Reported(ActivityExecutionContext context, string key) =>
        BcmMessages.State(context)["reported"] is JsonArray seen && seen.Any(s => s?.GetValue<string>() == key);

    /// <summary>True the first time <paramref name="key"/> is reported in this instance (then remembered).</summary>
    private static bool Report(ActivityExecutionContext context, string key)
    {
        if (Reported(context, key)) return false;
        var state = BcmMessages.State(context);
        if (state["reported"] is not JsonArray seen) state["reported"] = seen = [];
        seen.Add(key);
        context.SetState(state);
        return true;
    }
}
