using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;
using BcmWorkflows.Notifications.Sending;

namespace BcmWorkflows.Activities.Notifications;

/// <summary>Emails one person or one address, from a template key or an inline subject and text.</summary>
[Activity("SendEmail", "Notifications", "Sends an email to a person or an address (through the outbox: committed with the workflow, sent by the dispatchers). Optionally asks for an acknowledgement (a link).", DisplayName = "Send email")]
[Outcomes("Done", "Failed")]
[Output("recipients", "Array", "Per recipient: channel, address, messageId, ackRequestId, or why it was skipped.")]
[Output("messageIds", "Array", "The outbox message ids.")]
public sealed class SendEmail(MessageComposer composer) : Activity, IValidatesModel
{
    [Input(Required = true, Description = "A person id or an email address.", UiHint = "Person")]
    public string To { get; set; } = "";

    [Input(Description = "A template key (templates/<key>/email.*.sbn); or use 'subject' and 'text'.", UiHint = "Template")]
    public string? Template { get; set; }

    [Input(Description = "Inline Scriban subject, with 'text'.", UiHint = "TemplateText")]
    public string? Subject { get; set; }

    [Input(Description = "Inline Scriban body (plain text) rendered with the model; or use 'template'.", UiHint = "TemplateText")]
    public string? Text { get; set; }

    [Input(Description = "The template's data: an object (usually an expression).", UiHint = "Expression")]
    public JsonNode? Model { get; set; }

    [Input(Description = "Ask the recipient to confirm through a signed link.")]
    public bool RequestAcknowledgement { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        SendRun.RunAsync(context, composer, [To], ChannelPolicy.Email, null, Template, Text, Subject, Model, RequestAcknowledgement);

    public static void Validate(ActivityModel model, ActivityValidationContext context) => SendRun.ValidateContent(model, context, allowSubject: true);
}
