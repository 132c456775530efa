using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Sending;

namespace BcmWorkflows.Activities.Notifications;

/// <summary>
/// Notifies a list of people, each on their preferred channel first; when that channel fails for good the next one
/// goes out (fallback messages wait in the outbox). Opted-out channels are skipped at once.
/// </summary>
[Activity("Notify", "Notifications", "Notifies a list of people on their preferred channels, falling back to the next channel when one fails or is opted out. Optionally asks each to acknowledge.", DisplayName = "Notify people")]
[Outcomes("Done", "Failed")]
[Output("recipients", "Array", "Per person (lists of up to 200): first channel, fallbacks, messageId, ackRequestId, replyCode, or why they were skipped. Longer lists: GET /api/outbox?instanceId=.")]
[Output("messageIds", "Array", "The outbox ids of the first messages (lists of up to 200).")]
[Output("unreachable", "Array", "Who could not be reached and why (recipient, personId, reason).")]
[Output("queued", "Number", "People a message was queued for.")]
[Output("skipped", "Number", "People who could not be reached.")]
public sealed class Notify(MessageComposer composer) : Activity, IValidatesModel
{
    [Input(Required = true, Description = "Person ids or member references (role:crisis-team, orgunit:it, person:p-1); numbers and addresses also work.", UiHint = "People")]
    public List<string> People { get; set; } = [];

    [Input(Description = "A template key; or use 'text' (and 'subject').", UiHint = "Template")]
    public string? Template { get; set; }

    [Input(Description = "Inline Scriban subject for email, with 'text'.", UiHint = "TemplateText")]
    public string? Subject { get; set; }

    [Input(Description = "Inline Scriban text rendered with the model; or use 'template'.", UiHint = "TemplateText")]
    public string? Text { get; set; }

    [Input(Description = "The template's data: an object (usually an expression).", UiHint = "Expression")]
    public JsonNode? Model { get; set; }

    [Input(Description = "Channel order for everyone instead of each person's preference (e.g. [\"Email\", \"Sms\"]).", UiHint = "Channels")]
    public List<Channel>? Channels { get; set; }

    [Input(Description = "Ask each person to confirm (SMS reply code or link).")]
    public bool RequestAcknowledgement { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        SendRun.RunAsync(context, composer, People, ChannelPolicy.Preference, Channels, Template, Text, Subject, Model, RequestAcknowledgement);

    public static void Validate(ActivityModel model, ActivityValidationContext context) => SendRun.ValidateContent(model, context, allowSubject: true);
}
