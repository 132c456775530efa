namespace BcmWorkflows.Notifications.Inbound;

/// <summary>An SMS received through the Twilio webhook, kept once per <see cref="MessageSid"/> (replays are ignored).</summary>
public sealed class InboundSms
{
    public required string MessageSid { get; set; }
    public required string From { get; set; }
    public string? To { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>What the message did: <c>Confirmed</c>, <c>OptedOut</c>, <c>OptedIn</c>, <c>Ambiguous</c>, <c>UnknownCode</c>, ...</summary>
    public string? Outcome { get; set; }
    public string? AckRequestId { get; set; }
    /// <summary>The answer sent back in the TwiML response.</summary>
    public string? Reply { get; set; }
}
