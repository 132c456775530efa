using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace BcmWorkflows.Data;

/// <summary>
/// The start burst's fast path on PostgreSQL: the new instance (and children), their bookmark index and the
/// journal (one row per burst) go out as one statement of set-based INSERTs (arrays through <c>unnest</c>), however many rows
/// the burst produced: one round trip, atomic without an explicit transaction (autocommit).
/// Used only when nothing else is pending in the change tracker.
/// </summary>
internal static class PostgresBurstWriter
{
    // One statement (data-modifying CTEs) rather than three: one parse, plan and execute on the server.
    private const string Insert = """
        WITH instances AS (
            INSERT INTO workflow_instances ("Id", "DefinitionId", "DefinitionVersion", "SnapshotId", "Status", "CorrelationId",
                "ParentInstanceId", "CreatedAt", "UpdatedAt", "FinishedAt", "StateJson", "Revision")
            SELECT i, d, v, s, st, c, p, ca, ua, fa, js, 1
            FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[],
                        $8::timestamptz[], $9::timestamptz[], $10::timestamptz[], $11::text[]) AS t(i, d, v, s, st, c, p, ca, ua, fa, js)
        ), bookmarks AS (
            INSERT INTO workflow_bookmarks ("Id", "InstanceId", "ActivityId", "Type", "Name", "CorrelationId", "DueAt", "CreatedAt")
            SELECT * FROM unnest($12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::timestamptz[], $19::timestamptz[])
        )
        INSERT INTO workflow_journal ("InstanceId", "FirstSequence", "LastSequence", "At", "EntriesJson")
        SELECT * FROM unnest($20::text[], $21::bigint[], $22::bigint[], $23::timestamptz[], $24::text[])
        """;

    /// <summary>Inserts the instances with their bookmark rows (<paramref name="bookmarks"/>: instance id and bookmark) and journal entries.</summary>
    public static async Task InsertAsync(BcmDbContext db, IReadOnlyList<WorkflowInstance> instances,
        IReadOnlyList<(string InstanceId, Bookmark Bookmark)> bookmarks, IReadOnlyList<JournalEntry> journal, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(Insert, (NpgsqlConnection)db.Database.GetDbConnection());
            AddArrays(command,
                instances.Select(i => i.Id), instances.Select(i => i.DefinitionId), instances.Select(i => i.DefinitionVersion),
                instances.Select(i => i.SnapshotId), instances.Select(i => i.Status.ToString()), instances.Select(i => i.CorrelationId),
                instances.Select(i => i.ParentInstanceId), instances.Select(i => i.CreatedAt), instances.Select(i => i.UpdatedAt),
                instances.Select(i => i.FinishedAt), instances.Select(i => RecordMapper.SerializeState(i.State)));
            AddArrays(command,
                bookmarks.Select(b => b.Bookmark.Id), bookmarks.Select(b => b.InstanceId), bookmarks.Select(b => b.Bookmark.ActivityId),
                bookmarks.Select(b => b.Bookmark.Type), bookmarks.Select(b => b.Bookmark.Name), bookmarks.Select(b => b.Bookmark.CorrelationId),
                bookmarks.Select(b => b.Bookmark.DueAt), bookmarks.Select(b => b.Bookmark.CreatedAt));
            // One row per burst (and instance), none for a burst without entries.
            var bursts = JournalLines.ToRecords(journal).ToList();
            AddArrays(command,
                bursts.Select(b => b.InstanceId), bursts.Select(b => b.FirstSequence), bursts.Select(b => b.LastSequence),
                bursts.Select(b => b.At), bursts.Select(b => b.EntriesJson));
            // Prepared statements persist on the pooled physical connection: after the first start on a connection the
            // server skips parsing and planning this statement (a large share of its per-start CPU on a shared host).
            await command.PrepareAsync(cancellationToken);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex)
        {
            throw new DbUpdateException($"Saving the new workflow instance failed: {ex.MessageText}", ex);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void AddArrays(NpgsqlCommand command, params System.Collections.IEnumerable[] columns)
    {
        foreach (var column in columns) command.Parameters.Add(Array(column));
    }

    private static NpgsqlParameter Array(System.Collections.IEnumerable values) => values switch
    {
        IEnumerable<string?> strings => new NpgsqlParameter { Value = strings.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
        IEnumerable<int> ints => new NpgsqlParameter { Value = ints.ToArray() },
        IEnumerable<long> longs => new NpgsqlParameter { Value = longs.ToArray() },
        IEnumerable<DateTimeOffset> times => new NpgsqlParameter { Value = times.ToArray() },
        IEnumerable<DateTimeOffset?> times => new NpgsqlParameter { Value = times.ToArray() },
        _ => throw new ArgumentException($"No array mapping for {values.GetType()}.", nameof(values)),
    };
}
