using System.Globalization;
using System.Text.Json.Nodes;

namespace BcmWorkflows.Notifications.Sending;

/// <summary>The data a template sees: the caller's model plus <c>recipient</c> and <c>ack</c> (see templates/README.md).</summary>
internal static class TemplateModel
{
    public static JsonObject For(JsonObject model, DeliveryPlan plan, string language, AcknowledgementTarget? ack, Channel channel)
    {
        var result = model.DeepClone().AsObject();
        result["recipient"] = new JsonObject
        {
            ["id"] = plan.Person?.Id,
            ["name"] = plan.Person?.Name,
            ["language"] = language,
            ["channel"] = channel.ToString(),
        };
        result["ack"] = new JsonObject
        {
            ["required"] = ack is not null,
            // A reply code only makes sense in an SMS; email and one-way SMS carry the link.
            ["code"] = channel == Channel.Sms ? ack?.Code : null,
            ["url"] = ack?.Url,
            ["expires_at"] = ack?.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
        };
        return result;
    }
}
