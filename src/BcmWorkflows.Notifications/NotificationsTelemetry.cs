using System.Diagnostics.Metrics;

namespace BcmWorkflows.Notifications;

/// <summary>
/// Delivery metrics through the BCL's <see cref="Meter"/> (the host exports them with OpenTelemetry): how many
/// messages each round sent, retried or gave up on per channel, how long a message waited in the outbox before it
/// went out, and how long people took to acknowledge.
/// </summary>
public static class NotificationsTelemetry
{
    public const string Name = "BcmWorkflows.Notifications";

    public static readonly Meter Meter = new(Name);

    /// <summary>Dispatch results by channel and result (sent, retry, failed).</summary>
    public static readonly Counter<long> Deliveries = Meter.CreateCounter<long>("bcm.outbox.deliveries", "{message}",
        "Outbox messages handed to a channel, by channel and result");

    /// <summary>From the message's creation (its workflow's commit) to the channel accepting it.</summary>
    public static readonly Histogram<double> OutboxLag = Meter.CreateHistogram<double>("bcm.outbox.lag", "s",
        "Time from a message entering the outbox to the channel accepting it");

    /// <summary>From the acknowledgement request to the person's confirmation, by how they confirmed (Sms, Link).</summary>
    public static readonly Histogram<double> AcknowledgementLatency = Meter.CreateHistogram<double>("bcm.ack.latency", "s",
        "Time from an acknowledgement request to its confirmation");
}
