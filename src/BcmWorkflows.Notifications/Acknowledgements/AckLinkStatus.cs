namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>What checking an acknowledgement link's token found.</summary>
public enum AckLinkStatus
{
    Valid,
    /// <summary>Not a token, cut short, changed, or signed with another key.</summary>
    Invalid,
    /// <summary>Genuine but past its expiry.</summary>
    Expired,
}
