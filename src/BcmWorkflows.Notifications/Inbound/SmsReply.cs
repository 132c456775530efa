namespace BcmWorkflows.Notifications.Inbound;

/// <summary>A parsed SMS reply: its kind, the code when it carries one, and the message as matched (normalised, upper case).</summary>
public sealed record SmsReply(ReplyKind Kind, string Text, string? Code = null)
{
    /// <summary>
    /// YES confirms here, but carriers' and Twilio's default opt-out handling also treat it as "opt in again": a YES
    /// from an opted-out phone re-subscribes it at Twilio, so our record must follow.
    /// </summary>
    public bool IsCarrierOptIn => Kind == ReplyKind.OptIn || (Kind == ReplyKind.Confirm && Text == "YES");
}
