using System.Text.Json.Nodes;
using BcmWorkflows.Activities.Notifications;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Activities.Bcm.CallTrees;

/// <summary>
/// Runs a call tree's waves in order. Each wave's people get the call tree's template through the message composer with
/// an acknowledgement request (each person's channel order, or the wave's, falling back on failure; opt-outs apply);
/// the wave then waits until its quorum confirmed or its wait expired, re-counting the acknowledgement records each time
/// it wakes (a lost or doubled wake-up cannot miscount, and a confirmation that came before the wait counts). The next
/// wave then starts, re-notifying the earlier waves' non-responders when the tree says so. After the last wave:
/// <c>Completed</c> when every wave met its quorum, else <c>QuorumNotMet</c>. The activation record keeps the waves'
/// times and results; wave starts and ends are audited on the call tree (and the incident). A confirmation costs one
/// indexed count of its wave, whatever the size of the tree.
/// </summary>
[Activity("RunCallTree", "BCM", "Contacts a call tree's waves in order, each until its quorum confirms or its wait expires; reports who confirmed.", DisplayName = "Run call tree")]
[Outcomes("Completed", "QuorumNotMet")]
[Output("confirmationRate", "Number", "Confirmed people / people in the tree (0 to 1).")]
[Output("waves", "Array", "Per wave: index, name, quorum, total, asked, confirmed, rate, quorumMet, startedAt, endedAt.")]
[Output("people", "Array", "Per person (trees of up to 200 people): personId, name, wave, channel, status (Confirmed, Pending, Unreachable), confirmedAt, via. Larger trees: GET /api/call-trees/{id}/activations/{activationId}.")]
[Output("activationId", "String", "The activation record this run filled in.")]
[Output("callTreeName", "String", "The call tree's name (for the report message).")]
public sealed class RunCallTree(CallTreeWaves waves) : Activity
{
    [Input(Required = true, Description = "The call tree to run.", UiHint = "Expression")]
    public string CallTreeId { get; set; } = "";

    [Input(Description = "The activation to fill in (the calltree.activated payload's activationId); empty: a new activation is recorded.", UiHint = "Expression")]
    public string? ActivationId { get; set; }

    [Input(Description = "The incident the call tree runs for (empty: the activation's, if any).", UiHint = "Expression")]
    public string? IncidentId { get; set; }

    [Input(Description = "The coordinator's message, shown in every wave's message.", UiHint = "TemplateText")]
    public string? Message { get; set; }

    [Input(Description = "Extra template data (an object) merged into the model of every message.", UiHint = "Expression")]
    public JsonNode? Model { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (Model is not null and not JsonObject) throw new InvalidOperationException($"'model' must be an object, got {Model.GetValueKind()}.");
        var run = await waves.BeginAsync(context, CallTreeId, ActivationId, IncidentId, Message, Model as JsonObject);
        await AdvanceAsync(context, run, timedOut: false);
    }

    public override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var run = CallTreeRunState.From(context.GetState());
        var bookmark = context.ResumedBookmark;
        var timer = bookmark?.Type == Bookmark.TimerType;
        // A wave that ended early leaves its timer (and a wave that timed out its event wait) behind: ignore those.
        if (timer && bookmark!.Data?["wave"]?.GetValue<int>() != run.Wave) return;
        if (!timer && bookmark?.CorrelationId != AcknowledgementEvents.Correlation(context.Instance.Id, run.WaveKey)) return;
        await AdvanceAsync(context, run, timedOut: timer);
    }

    /// <summary>Ends the current wave when its quorum is met (or its time is up) and starts the next, until one has to wait.</summary>
    private async Task AdvanceAsync(ActivityExecutionContext context, CallTreeRunState run, bool timedOut)
    {
        while (true)
        {
            var confirmed = await waves.ConfirmedAsync(context, run);
            var met = run.Quorum.IsMet(run.Asked, confirmed);
            // Nobody could be asked: waiting would only delay the next wave.
            if (!met && !timedOut && run.Asked > 0)
            {
                context.SetState(run.ToJson());
                context.CreateBookmark(Bookmark.EventType, AcknowledgementEvents.Name, AcknowledgementEvents.Correlation(context.Instance.Id, run.WaveKey));
                if (run.JustStarted) context.CreateTimer(context.Now + run.WaitFor, new JsonObject { ["wave"] = run.Wave });
                return;
            }
            var next = await waves.EndWaveAsync(context, run, confirmed, met);
            if (next is null)
            {
                context.SetState(null);
                return;
            }
            run = next;
            timedOut = false;
        }
    }
}
