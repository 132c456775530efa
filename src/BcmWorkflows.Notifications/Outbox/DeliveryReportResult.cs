namespace BcmWorkflows.Notifications.Outbox;

/// <summary>What a delivery report did to its message.</summary>
public enum DeliveryReportResult
{
    /// <summary>The message moved forward to the reported status (history row written).</summary>
    Applied,
    /// <summary>The message already has this status (a repeated callback): nothing changed.</summary>
    Duplicate,
    /// <summary>The message is already further along (a late callback): nothing changed.</summary>
    Stale,
    /// <summary>No message has this provider id (not ours, or its send is not recorded yet).</summary>
    UnknownMessage,
    /// <summary>The status says nothing about an outgoing message (e.g. <c>received</c>).</summary>
    IgnoredStatus,
}
