namespace BcmWorkflows.Notifications.Channels;

/// <summary>
/// Decides whether a provider error is worth a retry. Two tables, one row per known code with the reason shown in the
/// message's history: Twilio error codes (looked up first, then the HTTP status), and SMTP reply codes (then the class:
/// 4xx transient, 5xx permanent). Anything unknown that smells of the network or of overload is transient; a rejection
/// of this message or this recipient is permanent, so the recipient's fallback channel is tried instead.
/// </summary>
public static class FailureClassifier
{
    /// <summary>
    /// Twilio error codes (https://www.twilio.com/docs/api/errors). Permanent: the number, the sender or the account is
    /// wrong for this message, and the same request fails the same way again. Transient: queues, rate limits, Twilio's own
    /// outages, and a handset that is off (30003: Twilio suggests retrying; a status callback with it still fails over).
    /// </summary>
    public static readonly IReadOnlyDictionary<int, FailureClass> TwilioCodes = new Dictionary<int, FailureClass>
    {
        [20003] = FailureClass.Fatal("Twilio rejected the credentials (Bcm:Sms:Twilio:AccountSid/AuthToken)"),
        [20429] = FailureClass.Transient("Twilio rate limit (too many concurrent requests); always safe to retry"),
        [20500] = FailureClass.Transient("Twilio internal error"),
        [20503] = FailureClass.Transient("Twilio service unavailable"),
        [21211] = FailureClass.Fatal("invalid 'To' phone number"),
        [21214] = FailureClass.Fatal("'To' phone number cannot be reached"),
        [21217] = FailureClass.Fatal("'To' phone number does not appear to be valid"),
        [21408] = FailureClass.Fatal("sending to this region is not enabled on the Twilio account"),
        [21602] = FailureClass.Fatal("message body is empty"),
        [21606] = FailureClass.Fatal("'From' is not a message-capable Twilio number for this destination"),
        [21608] = FailureClass.Fatal("trial account: the 'To' number is not verified"),
        [21610] = FailureClass.Fatal("recipient unsubscribed (texted STOP) from this sender"),
        [21611] = FailureClass.Transient("the sender's Twilio queue is full (more than 10 hours of messages)"),
        [21612] = FailureClass.Fatal("'To' number cannot be reached by SMS from this sender"),
        [21614] = FailureClass.Fatal("'To' number is not a mobile number"),
        [21617] = FailureClass.Fatal("message body exceeds 1,600 characters"),
        [21635] = FailureClass.Fatal("'To' number is a landline"),
        [30001] = FailureClass.Transient("Twilio queue overflow: sent too fast for the sender"),
        [30002] = FailureClass.Fatal("Twilio account suspended"),
        [30003] = FailureClass.Transient("handset unreachable (off or out of coverage)"),
        [30004] = FailureClass.Fatal("message blocked by the recipient or the carrier"),
        [30005] = FailureClass.Fatal("unknown destination handset (number does not exist)"),
        [30006] = FailureClass.Fatal("landline or unreachable carrier"),
        [30007] = FailureClass.Fatal("carrier filtered the message (spam)"),
        [30008] = FailureClass.Transient("unknown carrier error"),
    };

    /// <summary>SMTP reply codes (RFC 5321 and RFC 4954 for authentication).</summary>
    public static readonly IReadOnlyDictionary<int, FailureClass> SmtpReplies = new Dictionary<int, FailureClass>
    {
        [421] = FailureClass.Transient("mail server not available, closing the connection"),
        [450] = FailureClass.Transient("mailbox busy or greylisted"),
        [451] = FailureClass.Transient("mail server error while processing"),
        [452] = FailureClass.Transient("mail server out of storage"),
        [454] = FailureClass.Transient("TLS or authentication temporarily unavailable"),
        [500] = FailureClass.Fatal("mail server did not recognise the command"),
        [501] = FailureClass.Fatal("syntax error in parameters (bad address?)"),
        [502] = FailureClass.Fatal("command not implemented by the mail server"),
        [503] = FailureClass.Fatal("bad command sequence (authentication required?)"),
        [504] = FailureClass.Fatal("command parameter not implemented"),
        [530] = FailureClass.Fatal("authentication required (Bcm:Email:Smtp:Username/Password)"),
        [534] = FailureClass.Fatal("authentication mechanism too weak"),
        [535] = FailureClass.Fatal("authentication failed (Bcm:Email:Smtp:Username/Password)"),
        [550] = FailureClass.Fatal("mailbox unavailable or rejected"),
        [551] = FailureClass.Fatal("user not local"),
        [552] = FailureClass.Fatal("mailbox storage exceeded or message too large"),
        [553] = FailureClass.Fatal("mailbox name not allowed"),
        [554] = FailureClass.Fatal("transaction failed (rejected as spam or policy)"),
    };

    /// <summary>Connection refused, reset, timed out, TLS handshake failed: the same message may well go through later.</summary>
    public static readonly FailureClass Network = FailureClass.Transient("network error");

    /// <summary>
    /// A Twilio REST error: by <paramref name="code"/> when known, else by <paramref name="httpStatus"/> (429 and 5xx
    /// transient, other 4xx permanent). Without either (an unreadable error body, e.g. from a proxy) it is transient.
    /// </summary>
    public static FailureClass ClassifyTwilio(int code, int httpStatus)
    {
        if (TwilioCodes.TryGetValue(code, out var known)) return known;
        return httpStatus switch
        {
            429 => FailureClass.Transient("HTTP 429: rate limited"),
            >= 500 and < 600 => FailureClass.Transient($"HTTP {httpStatus}: provider error"),
            401 or 403 => FailureClass.Fatal($"HTTP {httpStatus}: not authorised"),
            >= 400 and < 500 => FailureClass.Fatal($"HTTP {httpStatus}: request rejected"),
            _ => FailureClass.Transient("unreadable provider error"),
        };
    }

    /// <summary>An SMTP reply: by code when known, else 4xx transient and 5xx permanent (anything else transient).</summary>
    public static FailureClass ClassifySmtp(int replyCode)
    {
        if (SmtpReplies.TryGetValue(replyCode, out var known)) return known;
        return replyCode is >= 500 and < 600
            ? FailureClass.Fatal($"SMTP {replyCode}: rejected")
            : FailureClass.Transient($"SMTP {replyCode}: temporary failure");
    }

    /// <summary>A Twilio error code as text (status callbacks carry it as a string), classified; null when absent or unknown.</summary>
    public static FailureClass? ClassifyTwilioCode(string? code) =>
        int.TryParse(code, out var value) && TwilioCodes.TryGetValue(value, out var known) ? known : null;

    /// <summary>Twilio's "recipient unsubscribed": the person texted STOP to this sender.</summary>
    public const int TwilioUnsubscribed = 21610;
}
