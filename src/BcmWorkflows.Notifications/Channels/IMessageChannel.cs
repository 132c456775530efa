using BcmWorkflows.Notifications.Outbox;

namespace BcmWorkflows.Notifications.Channels;

/// <summary>
/// A provider that delivers outbox messages of one <see cref="Notifications.Channel"/> (SMTP for email, Twilio for SMS,
/// or the built-in outbox channel). The dispatcher picks one per channel through <see cref="ChannelRegistry"/>, throttles
/// per <see cref="Sender"/> and turns the <see cref="SendOutcome"/> into the message's next status.
/// </summary>
public interface IMessageChannel
{
    /// <summary>The channel whose messages this provider sends.</summary>
    Channel Channel { get; }

    /// <summary>Short provider name recorded in the status history (<c>smtp</c>, <c>twilio</c>, <c>outbox</c>).</summary>
    string Name { get; }

    /// <summary>What the provider can do beyond accepting a message.</summary>
    ChannelCapabilities Capabilities { get; }

    /// <summary>True when its configuration is complete; an unconfigured provider is never used.</summary>
    bool IsConfigured { get; }

    /// <summary>Who messages are sent as (SMS number or messaging service, email From): the throttle key, stored on the message.</summary>
    string Sender { get; }

    /// <summary>Throttle for <see cref="Sender"/> in units per second (<see cref="UnitsOf"/>); 0 = unthrottled.</summary>
    double UnitsPerSecond { get; }

    /// <summary>What one message costs against the throttle: SMS segments, or 1 for an email.</summary>
    int UnitsOf(OutboxMessage message);

    /// <summary>
    /// Hands <paramref name="message"/> to the provider. Never throws for a provider or network error: those come back as
    /// a transient or permanent failure, classified by <see cref="FailureClassifier"/>. Gives up within the dispatcher's
    /// send timeout (30 s).
    /// </summary>
    Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
