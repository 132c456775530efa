using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Sending;
using BcmWorkflows.Notifications.Templates;

namespace BcmWorkflows.Activities.Notifications;

/// <summary>
/// What the sending activities share: compose through <see cref="MessageComposer"/> (rows staged in the burst's
/// transaction), record the outcome per recipient as outputs, complete <c>Done</c> when at least one message is queued,
/// <c>Failed</c> when nobody could be reached. A template error faults the activity (an incident naming template, line
/// and column).
/// </summary>
internal static class SendRun
{
    /// <summary>Up to this many recipients the outputs list each one (<c>recipients</c>, <c>messageIds</c>).</summary>
    public const int DetailLimit = 200;

    public static async ValueTask RunAsync(ActivityExecutionContext context, MessageComposer composer, IReadOnlyList<string> recipients,
        ChannelPolicy policy, IReadOnlyList<Channel>? channels, string? template, string? text, string? subject, JsonNode? model, bool requestAcknowledgement)
    {
        recipients = await ResolveMembersAsync(context, recipients);
        var request = new MessageRequest
        {
            InstanceId = context.Instance.Id,
            ActivityId = context.ActivityId,
            Attempt = NextAttempt(context),
            Recipients = recipients,
            Policy = policy,
            Channels = channels,
            Template = Source(template, text, subject),
            Model = model switch
            {
                null => [],
                JsonObject o => o,
                _ => throw new InvalidOperationException($"'model' must be an object, got {model.GetValueKind()}."),
            },
            RequestAcknowledgement = requestAcknowledgement,
        };
        var outcomes = await composer.ComposeAsync(request, context.CancellationToken);

        var queued = outcomes.Count(o => o.Skipped is null);
        // Per-recipient detail is kept in the instance only up to a size that does not weigh on every later burst
        // (a call list of thousands lives in the outbox and acknowledgement records, listed by instance and activity).
        if (outcomes.Count <= DetailLimit)
        {
            context.SetOutput("recipients", new JsonArray(outcomes.Select(ToJson).ToArray<JsonNode?>()));
            context.SetOutput("messageIds", new JsonArray(outcomes.Where(o => o.MessageId is not null).Select(o => (JsonNode?)o.MessageId).ToArray()));
        }
        context.SetOutput("unreachable", new JsonArray(outcomes.Where(o => o.Skipped is not null)
            .Select(o => (JsonNode?)new JsonObject { ["recipient"] = o.Recipient, ["personId"] = o.PersonId, ["reason"] = o.Skipped }).ToArray()));
        context.SetOutput("queued", queued);
        context.SetOutput("skipped", outcomes.Count - queued);
        var skipped = outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped).ToList();
        context.Log(skipped.Count == 0 ? $"{queued} message(s) queued." : $"{queued} message(s) queued; skipped: {string.Join(" ", skipped)}");
        context.Complete(queued > 0 ? "Done" : "Failed");
    }

    /// <summary>
    /// Expands member references (<c>role:crisis-team</c>, <c>orgunit:it</c>, <c>person:p-1</c>) to person ids through the
    /// roster, in order and each once; ids, numbers and addresses pass as they are. A reference that stands for nobody (an
    /// empty role, an unknown person) stays as written, so the composer reports it as unreachable instead of it vanishing.
    /// Without a roster (an engine without the domain) the list is used as given.
    /// </summary>
    private static async Task<IReadOnlyList<string>> ResolveMembersAsync(ActivityExecutionContext context, IReadOnlyList<string> recipients)
    {
        if (!recipients.Any(IsMemberReference) || context.Services.GetService(typeof(Roster)) is not Roster roster) return recipients;
        var result = new List<string>();
        foreach (var recipient in recipients)
        {
            if (!IsMemberReference(recipient))
            {
                result.Add(recipient);
                continue;
            }
            var people = await roster.ResolveAsync([recipient], context.CancellationToken);
            result.AddRange(people.Count > 0 ? people : [recipient]);
        }
        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsMemberReference(string recipient) =>
        recipient.StartsWith("role:", StringComparison.OrdinalIgnoreCase) || recipient.StartsWith("orgunit:", StringComparison.OrdinalIgnoreCase)
        || recipient.StartsWith("person:", StringComparison.OrdinalIgnoreCase);

    private static TemplateSource Source(string? template, string? text, string? subject)
    {
        if (!string.IsNullOrWhiteSpace(template)) return TemplateSource.ForKey(template.Trim());
        if (!string.IsNullOrEmpty(text)) return TemplateSource.Inline(text, subject);
        throw new InvalidOperationException("Give either 'template' (a template key) or 'text' (inline Scriban).");
    }

    /// <summary>Counts this activity's executions in the instance: a loop that sends again is a new attempt, a re-run burst is not.</summary>
    private static int NextAttempt(ActivityExecutionContext context)
    {
        var attempt = (context.GetState()?["attempt"]?.GetValue<int>() ?? 0) + 1;
        context.SetState(new JsonObject { ["attempt"] = attempt });
        return attempt;
    }

    private static JsonObject ToJson(RecipientOutcome o) => new()
    {
        ["recipient"] = o.Recipient,
        ["personId"] = o.PersonId,
        ["name"] = o.Name,
        ["channel"] = o.Channel?.ToString(),
        ["address"] = o.Address,
        ["messageId"] = o.MessageId,
        ["fallbacks"] = new JsonArray(o.Fallbacks.Select(c => (JsonNode?)c.ToString()).ToArray()),
        ["ackRequestId"] = o.AckRequestId,
        ["replyCode"] = o.ReplyCode,
        ["skipped"] = o.Skipped,
    };

    /// <summary>Design-time checks shared by the sending activities: a template key or inline text, and inline text that parses.</summary>
    public static void ValidateContent(Engine.Model.ActivityModel model, Engine.Validation.ActivityValidationContext context, bool allowSubject)
    {
        var hasTemplate = model.Inputs.TryGetValue("template", out var t) && t is not null && !IsEmptyLiteral(t);
        var hasText = model.Inputs.TryGetValue("text", out var x) && x is not null && !IsEmptyLiteral(x);
        if (!hasTemplate && !hasText) context.AddError("inputs", "Give either 'template' (a template key) or 'text' (inline Scriban).");
        if (hasTemplate && hasText) context.AddError("inputs.text", "Give 'template' or 'text', not both.");
        CheckLiteralTemplate(model, context, "text");
        if (allowSubject) CheckLiteralTemplate(model, context, "subject");
    }

    private static void CheckLiteralTemplate(Engine.Model.ActivityModel model, Engine.Validation.ActivityValidationContext context, string input)
    {
        if (model.Inputs.TryGetValue(input, out var value) && value?.Type == Engine.Model.InputValue.Literal
            && value.Value is JsonValue v && v.TryGetValue<string>(out var text))
            context.CheckExpression($"inputs.{input}.value", text);
    }

    private static bool IsEmptyLiteral(Engine.Model.InputValue value) =>
        value.Type == Engine.Model.InputValue.Literal && (value.Value is null || value.Value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s));
}
