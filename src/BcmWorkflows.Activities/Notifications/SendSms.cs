using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;
using BcmWorkflows.Notifications.Sending;

namespace BcmWorkflows.Activities.Notifications;

/// <summary>Texts one person (their phone) or one E.164 number, from a template key or inline Scriban text.</summary>
[Activity("SendSms", "Notifications", "Sends an SMS to a person or an E.164 number (through the outbox: committed with the workflow, sent by the dispatchers). Optionally asks for an acknowledgement (reply code or link).", DisplayName = "Send SMS")]
[Outcomes("Done", "Failed")]
[Output("recipients", "Array", "Per recipient: channel, address, messageId, ackRequestId, replyCode, or why it was skipped.")]
[Output("messageIds", "Array", "The outbox message ids.")]
public sealed class SendSms(MessageComposer composer) : Activity, IValidatesModel
{
    [Input(Required = true, Description = "A person id or an E.164 number (+4915112345678).", UiHint = "Person")]
    public string To { get; set; } = "";

    [Input(Description = "A template key (templates/<key>/sms.sbn); or use 'text'.", UiHint = "Template")]
    public string? Template { get; set; }

    [Input(Description = "Inline Scriban text rendered with the model; or use 'template'.", UiHint = "TemplateText")]
    public string? Text { get; set; }

    [Input(Description = "The template's data: an object (usually an expression).", UiHint = "Expression")]
    public JsonNode? Model { get; set; }

    [Input(Description = "Ask the recipient to confirm: the SMS carries a reply code (or a link where replies are impossible).")]
    public bool RequestAcknowledgement { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        SendRun.RunAsync(context, composer, [To], ChannelPolicy.Sms, null, Template, Text, null, Model, RequestAcknowledgement);

    public static void Validate(ActivityModel model, ActivityValidationContext context) => SendRun.ValidateContent(model, context, allowSubject: false);
}
