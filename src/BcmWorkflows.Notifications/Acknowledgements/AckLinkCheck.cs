namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>The result of <see cref="AckLinks.VerifyAsync"/>: the request a genuine token names (also when expired) and until when.</summary>
public sealed record AckLinkCheck(AckLinkStatus Status, string? AckRequestId = null, DateTimeOffset? ExpiresAt = null)
{
    public static AckLinkCheck Invalid { get; } = new(AckLinkStatus.Invalid);
}
