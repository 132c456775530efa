namespace BcmWorkflows.Notifications.Inbound;

/// <summary>An SMS as Twilio's webhook delivers it (already authenticated by its signature).</summary>
public sealed record InboundSmsMessage(string MessageSid, string From, string? To, string Body);
