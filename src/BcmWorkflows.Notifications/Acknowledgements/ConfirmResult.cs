namespace BcmWorkflows.Notifications.Acknowledgements;

public enum ConfirmResult
{
    Confirmed,
    /// <summary>Confirmed before (by this or another channel): nothing changed.</summary>
    AlreadyConfirmed,
    /// <summary>The workflow no longer waits for it, or it expired.</summary>
    Closed,
    NotFound,
}
