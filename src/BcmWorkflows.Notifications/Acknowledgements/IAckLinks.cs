namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>Signed, expiring, per-recipient acknowledgement links (<c>/ack/{token}</c>).</summary>
public interface IAckLinks
{
    /// <summary>A token naming the request, valid until <paramref name="expiresAt"/>.</summary>
    Task<string> CreateTokenAsync(string ackRequestId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The absolute URL of the acknowledgement page for a token.</summary>
    string UrlFor(string token);
}
