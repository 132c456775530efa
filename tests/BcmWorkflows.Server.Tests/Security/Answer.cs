namespace BcmWorkflows.Server.Tests.Security;

/// <summary>The class of answer a caller expects from an endpoint in the authorization matrix.</summary>
public enum Answer
{
    /// <summary>Let through: any status but 401 and 403 (a 400 for the empty body, a 404 for a missing id, ...), never a 5xx.</summary>
    Allowed,

    /// <summary>401: not signed in.</summary>
    Unauthorized,

    /// <summary>403: signed in (or anonymous where the endpoint says so) but not allowed.</summary>
    Forbidden,
}
