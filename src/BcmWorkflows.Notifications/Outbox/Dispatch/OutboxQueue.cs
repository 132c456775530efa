namespace BcmWorkflows.Notifications.Outbox.Dispatch;

/// <summary>
/// The dispatchers' side of the outbox table: claim due messages, then write what became of them. Every write is
/// conditional on the message still being claimed by the writing node, and writes a status history row with it.
/// </summary>
internal abstract class OutboxQueue
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> due messages for <paramref name="nodeId"/> until <paramref name="until"/>:
    /// Pending ones whose NextAttemptAt has come, and Sending ones whose claim expired (their node died). Oldest due first.
    /// </summary>
    public abstract Task<List<OutboxMessage>> ClaimAsync(INotificationsDb db, string nodeId, int limit, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Applies the results of this node's claims; returns the ids that were still this node's (the others are left alone).</summary>
    public abstract Task<HashSet<string>> CompleteAsync(INotificationsDb db, string nodeId, IReadOnlyList<DispatchResult> results, CancellationToken cancellationToken);

    public static OutboxQueue For(INotificationsDb db) => db.IsPostgres ? PostgresOutboxQueue.Instance : SqliteOutboxQueue.Instance;

    protected static string ClaimDetail(OutboxStatus previousStatus, string? previousClaim, int attempts, string nodeId) =>
        previousStatus == OutboxStatus.Sending
            ? $"Claim of {previousClaim} expired; attempt {attempts + 1} by {nodeId}"
            : $"Attempt {attempts + 1} by {nodeId}";
}
