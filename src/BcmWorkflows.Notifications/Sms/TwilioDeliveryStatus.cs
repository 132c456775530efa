using BcmWorkflows.Notifications.Outbox;

namespace BcmWorkflows.Notifications.Sms;

/// <summary>
/// Twilio's message statuses (<c>MessageStatus</c> of a status callback) as outbox statuses. Accepted, queued,
/// scheduled, sending and sent all mean "the provider has it" (Sent); delivered and read are Delivered; undelivered and
/// failed are the two failures (both activate the fallback); canceled is Cancelled. Inbound statuses (receiving,
/// received) are not about our messages.
/// </summary>
public static class TwilioDeliveryStatus
{
    private static readonly Dictionary<string, OutboxStatus> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accepted"] = OutboxStatus.Sent,
        ["scheduled"] = OutboxStatus.Sent,
        ["queued"] = OutboxStatus.Sent,
        ["sending"] = OutboxStatus.Sent,
        ["sent"] = OutboxStatus.Sent,
        ["delivered"] = OutboxStatus.Delivered,
        ["read"] = OutboxStatus.Delivered,
        ["undelivered"] = OutboxStatus.Undelivered,
        ["failed"] = OutboxStatus.Failed,
        ["canceled"] = OutboxStatus.Cancelled,
    };

    /// <summary>The outbox status for a Twilio status; false for statuses that say nothing about an outgoing message.</summary>
    public static bool TryMap(string? twilioStatus, out OutboxStatus status) =>
        Map.TryGetValue(twilioStatus ?? "", out status);
}
