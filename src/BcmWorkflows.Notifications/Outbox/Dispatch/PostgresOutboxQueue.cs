using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Outbox.Dispatch;

/// <summary>
/// PostgreSQL: one statement claims a batch (<c>FOR UPDATE SKIP LOCKED</c>, so every node takes different rows and
/// none waits for another) and writes its history rows; one statement applies a whole batch of results from arrays
/// (<c>unnest</c>) and writes theirs. Two round trips per batch, whatever its size.
/// </summary>
internal sealed class PostgresOutboxQueue : OutboxQueue
{
    public static readonly PostgresOutboxQueue Instance = new();

    public override async Task<List<OutboxMessage>> ClaimAsync(INotificationsDb db, string nodeId, int limit, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        // A claimed row's NextAttemptAt is its claim's end: in-flight rows drop out of the due index until their claim expires.
        var claimed = await db.OutboxMessages.FromSql($"""
            WITH due AS (
                SELECT "Id", "Status" AS "PreviousStatus", "ClaimedBy" AS "PreviousClaim"
                FROM outbox_messages
                WHERE "Status" IN ('Pending', 'Sending') AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt"
                LIMIT {limit}
                FOR UPDATE SKIP LOCKED
            ), claimed AS (
                UPDATE outbox_messages m
                SET "Status" = 'Sending', "ClaimedBy" = {nodeId}, "ClaimedUntil" = {until}, "NextAttemptAt" = {until}, "UpdatedAt" = {now}
                FROM due
                WHERE m."Id" = due."Id"
                RETURNING m.*, due."PreviousStatus", due."PreviousClaim"
            ), history AS (
                INSERT INTO outbox_status_changes ("MessageId", "Status", "At", "Detail")
                SELECT "Id", 'Sending', {now},
                    CASE WHEN "PreviousStatus" = 'Sending'
                        THEN 'Claim of ' || COALESCE("PreviousClaim", '?') || ' expired; attempt ' || ("Attempts" + 1) || ' by ' || {nodeId}
                        ELSE 'Attempt ' || ("Attempts" + 1) || ' by ' || {nodeId} END
                FROM claimed
            )
            SELECT * FROM claimed
            """).AsNoTracking().ToListAsync(cancellationToken);
        return claimed;
    }

    public override async Task<HashSet<string>> CompleteAsync(INotificationsDb db, string nodeId, IReadOnlyList<DispatchResult> results, CancellationToken cancellationToken)
    {
        if (results.Count == 0) return [];
        var ids = results.Select(r => r.Message.Id).ToArray();
        var statuses = results.Select(r => r.Status.ToString()).ToArray();
        var attempts = results.Select(r => r.Attempts).ToArray();
        var nextAttempts = results.Select(r => r.NextAttemptAt).ToArray();
        var ats = results.Select(r => r.At).ToArray();
        var providerIds = results.Select(r => r.ProviderMessageId).ToArray();
        var senders = results.Select(r => r.Sender).ToArray();
        var errors = results.Select(r => r.LastError).ToArray();
        var codes = results.Select(r => r.ErrorCode).ToArray();
        var details = results.Select(r => r.Detail).ToArray();

        var applied = await db.Context().Database.SqlQuery<string>($"""
            WITH input AS (
                SELECT * FROM unnest({ids}::text[], {statuses}::text[], {attempts}::integer[], {nextAttempts}::timestamptz[],
                    {ats}::timestamptz[], {providerIds}::text[], {senders}::text[], {errors}::text[], {codes}::text[], {details}::text[])
                    AS i("Id", "Status", "Attempts", "NextAttemptAt", "At", "ProviderMessageId", "Sender", "LastError", "ErrorCode", "Detail")
            ), updated AS (
                UPDATE outbox_messages m
                SET "Status" = i."Status", "Attempts" = i."Attempts", "NextAttemptAt" = i."NextAttemptAt", "UpdatedAt" = i."At",
                    "ProviderMessageId" = COALESCE(i."ProviderMessageId", m."ProviderMessageId"), "Sender" = COALESCE(i."Sender", m."Sender"),
                    "LastError" = i."LastError", "ErrorCode" = i."ErrorCode", "ClaimedBy" = NULL, "ClaimedUntil" = NULL
                FROM input i
                WHERE m."Id" = i."Id" AND m."Status" = 'Sending' AND m."ClaimedBy" = {nodeId}
                RETURNING m."Id"
            )
            INSERT INTO outbox_status_changes ("MessageId", "Status", "At", "Detail", "ErrorCode")
            SELECT i."Id", i."Status", i."At", i."Detail", i."ErrorCode" FROM input i JOIN updated u ON u."Id" = i."Id"
            RETURNING "MessageId" AS "Value"
            """).ToListAsync(cancellationToken);
        return [.. applied];
    }
}
