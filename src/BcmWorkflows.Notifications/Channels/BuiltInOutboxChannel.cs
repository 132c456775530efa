using BcmWorkflows.Notifications.Outbox;
using Microsoft.Extensions.Logging;

namespace BcmWorkflows.Notifications.Channels;

/// <summary>
/// The embedded default for a channel with no provider configured: the message is marked Sent by provider
/// <c>outbox</c> and nobody receives it; it stays readable through <c>GET /api/outbox</c> (demos, tests, a server
/// that is not wired to SMTP or Twilio yet).
/// </summary>
public sealed class BuiltInOutboxChannel(Channel channel, ILogger<BuiltInOutboxChannel> logger) : IMessageChannel
{
    public const string ProviderName = "outbox";

    public Channel Channel { get; } = channel;

    public string Name => ProviderName;

    public ChannelCapabilities Capabilities => ChannelCapabilities.None;

    public bool IsConfigured => true;

    public string Sender => ProviderName;

    public double UnitsPerSecond => 0;

    public int UnitsOf(OutboxMessage message) => 1;

    public Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation(
            "{Channel} message {MessageId} kept in the built-in outbox, not sent to a real recipient (no {Channel} provider configured)",
            Channel, message.Id, Channel);
        return Task.FromResult(SendOutcome.Accepted($"outbox-{message.Id}", "stored"));
    }
}
