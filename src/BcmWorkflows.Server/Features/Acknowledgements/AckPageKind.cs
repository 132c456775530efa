namespace BcmWorkflows.Server.Features.Acknowledgements;

/// <summary>The pages an acknowledgement link can lead to.</summary>
public enum AckPageKind
{
    /// <summary>The message and a Confirm button (GET of a valid link to an open request).</summary>
    Confirm,
    Confirmed,
    AlreadyConfirmed,
    Invalid,
    Expired,
    NotFound,
    /// <summary>The workflow stopped waiting for this confirmation.</summary>
    Closed,
}
