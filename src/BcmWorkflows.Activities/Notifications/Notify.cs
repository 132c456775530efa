using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Sending;

namespace BcmWorkflows.Activities.Notifications;

/// <summary>
/// Notifies a list of people, each on their preferred channel first; when that channel fails for good the next one
/// goes out (fallback messages wait in the outbox). Opted-out channels are skipped at once. <c>people</c> may name BCM
/// roles (<c>role:crisis-manager</c>) and org units (<c>orgunit:it</c>): they are resolved to the people holding them
/// when the activity runs, so a workflow never has to change when the roster does.
/// </summary>
[Activity("Notify", "Notifications", "Notifies a list of people on their preferred channels, falling back to the next channel when one fails or is opted out. Optionally asks each to acknowledge.", DisplayName = "Notify people")]
[Outcomes("Done", "Failed")]
[Output("recipients", "Array", "Per person (lists of up to 200): first channel, fallbacks, messageId, ackRequestId, replyCode, or why they were skipped. Longer lists: GET /api/outbox?instanceId=.")]
[Output("messageIds", "Array", "The outbox ids of the first messages (lists of up to 200).")]
[Output("unreachable", "Array", "Who could not be reached and why (recipient, personId, reason).")]
[Output("queued", "Number", "People a message was queued for.")]
[Output("skipped", "Number", "People who could not be reached.")]
public sealed class Notify(MessageComposer composer, Roster roster) : Activity, IValidatesModel
{
    [Input(Required = true, Description = "Person ids, role:{key} (everyone holding the BCM role), orgunit:{id}; numbers and addresses also work.", UiHint = "People")]
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

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var recipients = await ResolveAsync(People, context.CancellationToken);
        await SendRun.RunAsync(context, composer, recipients, ChannelPolicy.Preference, Channels, Template, Text, Subject, Model, RequestAcknowledgement);
    }

    /// <summary>
    /// Role and org-unit references become the people they stand for (in order, each once); <c>person:{id}</c> becomes the
    /// id; anything else is kept as given. A group nobody belongs to stays as it is, so it is reported as unreachable.
    /// </summary>
    private async Task<IReadOnlyList<string>> ResolveAsync(IReadOnlyList<string> people, CancellationToken cancellationToken)
    {
        if (!people.Any(p => p.Contains(':', StringComparison.Ordinal))) return people;
        var result = new List<string>();
        foreach (var entry in people)
        {
            if (!MemberRef.TryParse(entry, out var member) || !entry.Contains(':', StringComparison.Ordinal)) result.Add(entry);
            else if (member.Kind == MemberKind.Person) result.Add(member.Id);
            else
            {
                var resolved = await roster.ResolveAsync([entry], cancellationToken);
                result.AddRange(resolved.Count > 0 ? resolved : [entry]);
            }
        }
        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    public static void Validate(ActivityModel model, ActivityValidationContext context) => SendRun.ValidateContent(model, context, allowSubject: true);
}
