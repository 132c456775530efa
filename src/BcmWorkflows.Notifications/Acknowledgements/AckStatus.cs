namespace BcmWorkflows.Notifications.Acknowledgements;

public enum AckStatus
{
    Open,
    Confirmed,
    /// <summary>The workflow stopped waiting (quorum reached, timed out, instance ended): the code is free again.</summary>
    Closed,
}
