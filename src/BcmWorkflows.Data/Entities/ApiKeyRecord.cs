namespace BcmWorkflows.Data.Entities;

/// <summary>
/// An API key for an integration (a monitoring system declaring incidents, HR syncing people). The key itself is shown
/// once, at creation; only the SHA-256 of its secret part is stored, so a database dump reveals no usable key.
/// </summary>
public sealed class ApiKeyRecord
{
    /// <summary>The public part of the key (<c>bcm_{Id}_{secret}</c>): finds the row without scanning hashes.</summary>
    public required string Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Granted scopes, space-separated (e.g. <c>incidents:declare people:sync</c>).</summary>
    public required string Scopes { get; set; }

    /// <summary>SHA-256 of the secret part; compared in constant time.</summary>
    public required byte[] SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    /// <summary>When the key last authenticated a request (updated at most once a minute).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>Set once; a revoked key authenticates nothing from then on.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}
