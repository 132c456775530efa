using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;

namespace BcmWorkflows.Activities.ControlFlow;

/// <summary>
/// Merges parallel branches. WaitAll continues once every inbound connection has arrived; WaitAny
/// continues on the first and cancels what is still pending upstream on the other branches (their
/// waits and queued work). The join then resets, so it works inside loops.
/// </summary>
[Activity("Join", "Control flow", "Merges parallel branches: WaitAll waits for every inbound branch, WaitAny continues on the first and cancels the others.")]
[Outcomes("Done")]
public sealed class Join : Activity
{
    [Input(Description = "WaitAll (default) or WaitAny.")]
    public JoinMode Mode { get; set; } = JoinMode.WaitAll;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var inbound = context.Graph.InboundOf(context.ActivityId);
        if (Mode == JoinMode.WaitAny)
        {
            context.CancelActivities(context.Graph.AncestorsOf(context.ActivityId).Where(IsPending(context)));
            // Branches that also arrived in this burst are already queued for this join: they lost.
            context.Instance.State.Queue.RemoveAll(w => w.ActivityId == context.ActivityId);
            context.SetState(null);
            context.Complete("Done");
            return ValueTask.CompletedTask;
        }

        var arrived = context.GetState() as JsonArray ?? [];
        if (context.Via is { } via && !arrived.Any(a => a?.GetValue<string>() == via)) arrived.Add(via);
        if (inbound.All(i => arrived.Any(a => a?.GetValue<string>() == i)))
        {
            context.SetState(null);
            context.Complete("Done");
        }
        else
        {
            context.SetState(arrived);
        }
        return ValueTask.CompletedTask;
    }

    private static Func<string, bool> IsPending(ActivityExecutionContext context) => id =>
        context.Instance.State.Bookmarks.Any(b => b.ActivityId == id) || context.Instance.State.Queue.Any(w => w.ActivityId == id);
}
