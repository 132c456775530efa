namespace BcmWorkflows.Notifications.Sms;

/// <summary><c>Bcm:Sms:Twilio:*</c>. Without an account, token and sender SMS goes to the built-in outbox channel.</summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Bcm:Sms:Twilio";
    public const string DefaultApiBaseUrl = "https://api.twilio.com";

    public string? AccountSid { get; set; }
    public string? AuthToken { get; set; }
    /// <summary>The sending number (E.164); or use <see cref="MessagingServiceSid"/>.</summary>
    public string? From { get; set; }
    public string? MessagingServiceSid { get; set; }
    /// <summary>The server's public address (<c>https://bcm.example.org</c>): status callback URLs and acknowledgement links start with it, and webhook signatures are computed over it.</summary>
    public string? PublicBaseUrl { get; set; }
    /// <summary>Twilio's REST API, or a Twilio-compatible endpoint / local stand-in.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;
    /// <summary><c>Bcm:Sms:Twilio:SegmentsPerSecond</c>: throttle per sender in SMS segments per second; 0 = off.</summary>
    public double SegmentsPerSecond { get; set; }

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(AccountSid) && !string.IsNullOrWhiteSpace(AuthToken)
        && (!string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(MessagingServiceSid));

    /// <summary>Who the messages are sent as: the number or the messaging service.</summary>
    public string Sender => !string.IsNullOrWhiteSpace(MessagingServiceSid) ? MessagingServiceSid! : From ?? "";
}
