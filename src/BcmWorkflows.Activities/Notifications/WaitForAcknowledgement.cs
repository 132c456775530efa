using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Validation;
using BcmWorkflows.Notifications.Acknowledgements;

namespace BcmWorkflows.Activities.Notifications;

/// <summary>
/// Waits until enough recipients of a sending activity (<c>of</c>) confirmed: <c>Any</c>, <c>All</c> or a number N.
/// Confirmations are read from the acknowledgement records each time it wakes (a confirmation that arrived before the
/// wait began counts), so an event lost or delivered twice cannot miscount. Once the mode is met the requests still
/// open are closed (a late reply is told it is no longer needed); after a timeout they stay open, so that a wait that
/// follows (an escalation loop) still counts late confirmations.
/// </summary>
[Activity("WaitForAcknowledgement", "Notifications", "Waits until recipients of a sending activity confirm (Any, All or N of them), or times out.", DisplayName = "Wait for acknowledgement")]
[Outcomes("Acknowledged", "TimedOut")]
[Output("confirmed", "Array", "Who confirmed: personId, ackRequestId, at, via (Sms or Link); written when it completes.")]
[Output("pending", "Array", "Who has not confirmed: personId, ackRequestId; written when it completes.")]
[Output("confirmedCount", "Number", "How many confirmed.")]
[Output("total", "Number", "How many were asked.")]
[Output("rate", "Number", "confirmedCount / total (0 when nobody was asked).")]
public sealed class WaitForAcknowledgement(AcknowledgementQueries queries) : Activity, IValidatesModel
{
    [Input(Required = true, Description = "The id of the sending activity (SendSms, SendEmail, Notify) in this workflow.", UiHint = "Activity")]
    public string Of { get; set; } = "";

    [Input(Description = "Any, All, or a number N of confirmations.", UiHint = "AckMode")]
    public string Mode { get; set; } = "Any";

    [Input(Description = "Give up after this long (ISO 8601) and continue on TimedOut.", UiHint = "Duration")]
    public TimeSpan? Timeout { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (!context.Graph.Activities.ContainsKey(Of))
            throw new InvalidOperationException($"WaitForAcknowledgement: no activity '{Of}' in this workflow.");
        if (await SettleAsync(context)) return;
        Wait(context);
        if (Timeout is { } timeout) context.CreateTimer(context.Now + timeout);
    }

    public override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        if (context.ResumedBookmark?.Type == Bookmark.TimerType)
        {
            await SettleAsync(context, timedOut: true);
            return;
        }
        // Woken by a confirmation: done if enough, otherwise wait for the next (the timer, if any, is still set).
        if (!await SettleAsync(context)) Wait(context);
    }

    private void Wait(ActivityExecutionContext context) =>
        context.CreateBookmark(Bookmark.EventType, AcknowledgementEvents.Name, AcknowledgementEvents.Correlation(context.Instance.Id, Of));

    /// <summary>
    /// Completes when the mode is met (also when the timer fires: late is better than lost) or on timeout, and returns
    /// whether it completed. While waiting only the counts are read and written (a call tree of thousands wakes this
    /// up once per confirmation); who confirmed and who did not is listed when it completes.
    /// </summary>
    private async Task<bool> SettleAsync(ActivityExecutionContext context, bool timedOut = false)
    {
        var required = Required(Mode);
        var (total, confirmedCount) = await queries.CountAsync(context.Instance.Id, Of, context.CancellationToken);
        context.SetOutput("confirmedCount", confirmedCount);
        context.SetOutput("total", total);
        context.SetOutput("rate", total == 0 ? 0 : Math.Round((double)confirmedCount / total, 4));
        var met = total > 0 && confirmedCount >= (required ?? total);
        if (!met && !timedOut) return false;

        var requests = await queries.ForActivityAsync(context.Instance.Id, Of, context.CancellationToken);
        var confirmed = requests.Where(r => r.Status == AckStatus.Confirmed).OrderBy(r => r.ConfirmedAt).ToList();
        context.SetOutput("confirmed", new JsonArray(confirmed.Select(r => (JsonNode?)new JsonObject
        {
            ["personId"] = r.PersonId,
            ["ackRequestId"] = r.Id,
            ["at"] = r.ConfirmedAt?.ToString("O", CultureInfo.InvariantCulture),
            ["via"] = r.ConfirmedVia,
        }).ToArray()));
        context.SetOutput("pending", new JsonArray(requests.Where(r => r.Status != AckStatus.Confirmed)
            .Select(r => (JsonNode?)new JsonObject { ["personId"] = r.PersonId, ["ackRequestId"] = r.Id }).ToArray()));
        if (met)
        {
            await queries.CloseOpenAsync(context.Instance.Id, Of, context.CancellationToken);
            context.Log($"{confirmedCount} of {total} confirmed.");
            context.Complete("Acknowledged");
        }
        else
        {
            context.Log($"Timed out: {confirmedCount} of {total} confirmed.");
            context.Complete("TimedOut");
        }
        return true;
    }

    /// <summary>How many confirmations are needed: a number, 1 for Any, null for All (everyone asked).</summary>
    private static int? Required(string mode) => mode.Trim() switch
    {
        var m when m.Equals("Any", StringComparison.OrdinalIgnoreCase) => 1,
        var m when m.Equals("All", StringComparison.OrdinalIgnoreCase) => null,
        var m when int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => n,
        var m => throw new InvalidOperationException($"'mode' must be Any, All or a positive number, got '{m}'."),
    };

    public static void Validate(ActivityModel model, ActivityValidationContext context)
    {
        if (model.Inputs.TryGetValue("mode", out var mode) && mode?.Type == InputValue.Literal && mode.Value is JsonValue v)
        {
            var text = v.TryGetValue<string>(out var s) ? s : v.ToJsonString();
            try { Required(text); }
            catch (InvalidOperationException ex) { context.AddError("inputs.mode.value", ex.Message); }
        }
        if (model.Inputs.TryGetValue("of", out var of) && of?.Type == InputValue.Literal && of.Value is JsonValue o
            && o.TryGetValue<string>(out var id) && string.IsNullOrWhiteSpace(id))
            context.AddError("inputs.of.value", "Name the sending activity whose acknowledgements to wait for.");
    }
}
