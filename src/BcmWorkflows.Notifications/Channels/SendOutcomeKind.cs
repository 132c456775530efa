namespace BcmWorkflows.Notifications.Channels;

/// <summary>How a send attempt ended.</summary>
public enum SendOutcomeKind
{
    /// <summary>The provider took the message (it may still report a delivery failure later).</summary>
    Accepted,
    /// <summary>Worth retrying later: network trouble, rate limits, temporary provider or mailbox errors.</summary>
    TransientFailure,
    /// <summary>Retrying cannot help (bad number, unknown mailbox, recipient opted out): the fallback channel is next.</summary>
    PermanentFailure,
}
