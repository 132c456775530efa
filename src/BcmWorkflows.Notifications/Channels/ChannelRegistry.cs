using Microsoft.Extensions.Logging;

namespace BcmWorkflows.Notifications.Channels;

/// <summary>
/// Picks the provider for each channel: the first registered <see cref="IMessageChannel"/> of that channel whose
/// configuration is complete, otherwise the built-in outbox channel. Decided once per process (configuration is read
/// at start).
/// </summary>
public sealed class ChannelRegistry
{
    private readonly Dictionary<Channel, IMessageChannel> _byChannel = [];

    public ChannelRegistry(IEnumerable<IMessageChannel> providers, ILoggerFactory loggers)
    {
        var all = providers.ToList();
        var logger = loggers.CreateLogger<ChannelRegistry>();
        foreach (var channel in Enum.GetValues<Channel>())
        {
            var chosen = all.FirstOrDefault(p => p.Channel == channel && p.IsConfigured)
                ?? new BuiltInOutboxChannel(channel, loggers.CreateLogger<BuiltInOutboxChannel>());
            _byChannel[channel] = chosen;
            logger.LogInformation("{Channel} messages go through provider {Provider} as {Sender}", channel, chosen.Name, chosen.Sender);
        }
    }

    /// <summary>The provider that sends messages of <paramref name="channel"/>.</summary>
    public IMessageChannel For(Channel channel) => _byChannel[channel];

    /// <summary>Every channel's provider.</summary>
    public IReadOnlyCollection<IMessageChannel> All => _byChannel.Values;
}
