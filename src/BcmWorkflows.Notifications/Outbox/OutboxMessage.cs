namespace BcmWorkflows.Notifications.Outbox;

/// <summary>
/// One message to one recipient on one channel, rendered when the workflow burst asked for it and written in that
/// burst's transaction; dispatchers send it afterwards. Every change of <see cref="Status"/> is also a
/// <see cref="OutboxStatusChange"/> row (the history auditors read).
/// </summary>
public sealed class OutboxMessage
{
    public required string Id { get; set; }
    /// <summary>
    /// Unique: (instance, activity, recipient, attempt) for workflow messages, so a burst that runs again never
    /// sends twice. Fallbacks append <c>#channel</c>.
    /// </summary>
    public required string DedupKey { get; set; }
    public string? InstanceId { get; set; }
    public string? ActivityId { get; set; }
    public string? PersonId { get; set; }
    public Channel Channel { get; set; }
    /// <summary>E.164 number or email address.</summary>
    public required string Recipient { get; set; }
    /// <summary>Who it is sent as (the SMS number or messaging service, the email From), filled by the dispatcher; throttles are per sender.</summary>
    public string? Sender { get; set; }
    public string? TemplateKey { get; set; }
    public string Language { get; set; } = "en";
    public string? Subject { get; set; }
    /// <summary>The SMS text or the plain-text email body.</summary>
    public required string Body { get; set; }
    public string? HtmlBody { get; set; }
    /// <summary>SMS only: <c>GSM-7</c> or <c>UCS-2</c>, and the number of segments the carrier will bill.</summary>
    public string? Encoding { get; set; }
    public int Segments { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>The provider's id (Twilio message SID, SMTP Message-Id): status callbacks find the message by it.</summary>
    public string? ProviderMessageId { get; set; }
    public string? LastError { get; set; }
    /// <summary>Twilio error code or SMTP reply code of the last failure.</summary>
    public string? ErrorCode { get; set; }
    /// <summary>Which dispatcher holds the message and until when (a dead node's claim expires).</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    /// <summary>Messages of one recipient that stand in for each other (channel fallback), tried in <see cref="FallbackOrder"/>.</summary>
    public string? FallbackGroup { get; set; }
    public int FallbackOrder { get; set; }
    /// <summary>The acknowledgement this message asks for (reply code or link), if any.</summary>
    public string? AckRequestId { get; set; }
}
