using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Outbox.Dispatch;

/// <summary>
/// SQLite: one writer at a time, so a claim is a look at the due rows, then a short write transaction (mark them claimed
/// where they are still claimable, read back what this node got), and results are applied row by row in one transaction.
/// Statements on an embedded file cost microseconds; the single commit is what counts.
/// </summary>
internal sealed class SqliteOutboxQueue : OutboxQueue
{
    public static readonly SqliteOutboxQueue Instance = new();

    public override async Task<List<OutboxMessage>> ClaimAsync(INotificationsDb db, string nodeId, int limit, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        // Looking costs no write lock; only when something is due does the claim take the (single) writer's lock, and
        // then picks and marks the rows inside it, so two claimers never pick the same rows only for one to get nothing.
        if (!await db.OutboxMessages.AnyAsync(m => (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending) && m.NextAttemptAt <= now, cancellationToken))
            return [];

        await using var transaction = await db.Context().Database.BeginTransactionAsync(cancellationToken);
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending) && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(limit)
            .Select(m => new { m.Id, m.Status, m.ClaimedBy })
            .ToListAsync(cancellationToken);
        if (due.Count == 0) return [];

        var ids = due.Select(d => d.Id).ToList();
        // The same conditions again: a row another process claimed in between (a second server on the same file) is not taken.
        await db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending) && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.ClaimedBy, nodeId)
                .SetProperty(m => m.ClaimedUntil, until)
                .SetProperty(m => m.NextAttemptAt, until)
                .SetProperty(m => m.UpdatedAt, now), cancellationToken);
        var claimed = await db.OutboxMessages.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.ClaimedBy == nodeId && m.ClaimedUntil == until)
            .ToListAsync(cancellationToken);

        var previous = due.ToDictionary(d => d.Id);
        db.OutboxStatusChanges.AddRange(claimed.Select(m => new OutboxStatusChange
        {
            MessageId = m.Id,
            Status = OutboxStatus.Sending,
            At = now,
            Detail = ClaimDetail(previous[m.Id].Status, previous[m.Id].ClaimedBy, m.Attempts, nodeId),
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.Context().ChangeTracker.Clear();
        return [.. claimed.OrderBy(m => m.CreatedAt)];
    }

    public override async Task<HashSet<string>> CompleteAsync(INotificationsDb db, string nodeId, IReadOnlyList<DispatchResult> results, CancellationToken cancellationToken)
    {
        HashSet<string> applied = [];
        if (results.Count == 0) return applied;
        var database = db.Context().Database;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        foreach (var result in results)
        {
            var id = result.Message.Id;
            var providerId = result.ProviderMessageId ?? result.Message.ProviderMessageId;
            var sender = result.Sender ?? result.Message.Sender;
            var changed = await db.OutboxMessages
                .Where(m => m.Id == id && m.Status == OutboxStatus.Sending && m.ClaimedBy == nodeId)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, result.Status)
                    .SetProperty(m => m.Attempts, result.Attempts)
                    .SetProperty(m => m.NextAttemptAt, result.NextAttemptAt)
                    .SetProperty(m => m.UpdatedAt, result.At)
                    .SetProperty(m => m.ProviderMessageId, providerId)
                    .SetProperty(m => m.Sender, sender)
                    .SetProperty(m => m.LastError, result.LastError)
                    .SetProperty(m => m.ErrorCode, result.ErrorCode)
                    .SetProperty(m => m.ClaimedBy, (string?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
            if (changed == 0) continue;
            applied.Add(id);
            db.OutboxStatusChanges.Add(new OutboxStatusChange
            {
                MessageId = id, Status = result.Status, At = result.At, Detail = result.Detail, ErrorCode = result.ErrorCode,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.Context().ChangeTracker.Clear();
        return applied;
    }
}
