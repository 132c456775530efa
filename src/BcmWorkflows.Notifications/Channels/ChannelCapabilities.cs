namespace BcmWorkflows.Notifications.Channels;

/// <summary>What a channel provider can do beyond accepting a message.</summary>
[Flags]
public enum ChannelCapabilities
{
    None = 0,
    /// <summary>Reaches a real recipient (the built-in outbox channel does not).</summary>
    RealRecipients = 1,
    /// <summary>The provider reports delivery later (Twilio status callbacks).</summary>
    DeliveryReports = 2,
    /// <summary>Recipients can answer on the same channel (SMS replies, where the country allows it).</summary>
    Replies = 4,
    /// <summary>Sends an HTML part alongside the text.</summary>
    Html = 8,
}
