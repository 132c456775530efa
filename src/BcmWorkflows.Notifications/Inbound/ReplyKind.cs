namespace BcmWorkflows.Notifications.Inbound;

/// <summary>What an SMS reply asks for.</summary>
public enum ReplyKind
{
    /// <summary>A reply code (<c>12</c>), possibly with a confirm word (<c>12 OK</c>, <c>确认 12</c>).</summary>
    Code,
    /// <summary>A confirm word alone: <c>1</c>, <c>Y</c>, <c>YES</c>, <c>OK</c>, <c>ACK</c>, <c>确认</c>, <c>收到</c>.</summary>
    Confirm,
    /// <summary>An opt-out keyword as the whole message: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT, 退订.</summary>
    OptOut,
    /// <summary>START or UNSTOP as the whole message (YES is a confirm word; see <see cref="SmsReply.IsCarrierOptIn"/>).</summary>
    OptIn,
    /// <summary>HELP or INFO as the whole message.</summary>
    Help,
    /// <summary>Anything else, including an empty message.</summary>
    Other,
}
