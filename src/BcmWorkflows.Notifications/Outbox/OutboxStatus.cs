namespace BcmWorkflows.Notifications.Outbox;

/// <summary>
/// Where a message is. The order of the values is the order of progress: a status change only moves forward
/// (a late "sent" callback after "delivered" changes nothing).
/// </summary>
public enum OutboxStatus
{
    /// <summary>A fallback: sent only when the message before it in its group fails for good.</summary>
    Standby = 0,
    /// <summary>Waiting for a dispatcher (first attempt, or a retry after a transient failure at <c>NextAttemptAt</c>).</summary>
    Pending = 10,
    /// <summary>Claimed by a dispatcher that is sending it now.</summary>
    Sending = 20,
    /// <summary>Accepted by the provider (Twilio queued/sent, SMTP 250) or stored by the built-in outbox channel.</summary>
    Sent = 30,
    /// <summary>The carrier or the mail server confirmed delivery.</summary>
    Delivered = 40,
    /// <summary>The carrier could not deliver it (Twilio <c>undelivered</c>).</summary>
    Undelivered = 50,
    /// <summary>Failed for good: a permanent error, or the retries ran out.</summary>
    Failed = 60,
    /// <summary>Not sent: the recipient's fallback group was satisfied otherwise, or it was withdrawn.</summary>
    Cancelled = 70,
}
