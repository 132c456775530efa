using BcmWorkflows.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace BcmWorkflows.Data;

/// <summary>
/// The start burst's fast path on PostgreSQL: the new instance (and children), their bookmark index and the
/// journal go out as one batch of three set-based INSERTs (arrays through <c>unnest</c>), however many rows
/// the burst produced. A batch without an explicit transaction runs as one implicit transaction, so this is
/// one round trip and atomic. Used only when nothing else is pending in the change tracker.
/// </summary>
internal static class PostgresBurstWriter
{
    private const string InsertInstances = """
        INSERT INTO workflow_instances ("Id", "DefinitionId", "DefinitionVersion", "SnapshotId", "Status", "CorrelationId",
            "ParentInstanceId", "CreatedAt", "UpdatedAt", "FinishedAt", "StateJson", "Revision")
        SELECT i, d, v, s, st, c, p, ca, ua, fa, js, 1
        FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[],
                    $8::timestamptz[], $9::timestamptz[], $10::timestamptz[], $11::text[]) AS t(i, d, v, s, st, c, p, ca, ua, fa, js)
        """;

    private const string InsertBookmarks = """
        INSERT INTO workflow_bookmarks ("Id", "InstanceId", "ActivityId", "Type", "Name", "CorrelationId", "DueAt", "CreatedAt")
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[])
        """;

    private const string InsertJournal = """
        INSERT INTO workflow_journal ("InstanceId", "Sequence", "At", "ActivityId", "ActivityType", "Event", "Outcome", "Message")
        SELECT * FROM unnest($1::text[], $2::bigint[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
        """;

    /// <summary>Inserts the instances with their bookmark rows (<paramref name="bookmarks"/>: instance id and bookmark) and journal entries.</summary>
    public static async Task InsertAsync(BcmDbContext db, IReadOnlyList<WorkflowInstance> instances,
        IReadOnlyList<(string InstanceId, Bookmark Bookmark)> bookmarks, IReadOnlyList<JournalEntry> journal, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
            batch.BatchCommands.Add(Command(InsertInstances,
                instances.Select(i => i.Id), instances.Select(i => i.DefinitionId), instances.Select(i => i.DefinitionVersion),
                instances.Select(i => i.SnapshotId), instances.Select(i => i.Status.ToString()), instances.Select(i => i.CorrelationId),
                instances.Select(i => i.ParentInstanceId), instances.Select(i => i.CreatedAt), instances.Select(i => i.UpdatedAt),
                instances.Select(i => i.FinishedAt), instances.Select(i => RecordMapper.SerializeState(i.State))));
            if (bookmarks.Count > 0)
            {
                batch.BatchCommands.Add(Command(InsertBookmarks,
                    bookmarks.Select(b => b.Bookmark.Id), bookmarks.Select(b => b.InstanceId), bookmarks.Select(b => b.Bookmark.ActivityId),
                    bookmarks.Select(b => b.Bookmark.Type), bookmarks.Select(b => b.Bookmark.Name), bookmarks.Select(b => b.Bookmark.CorrelationId),
                    bookmarks.Select(b => b.Bookmark.DueAt), bookmarks.Select(b => b.Bookmark.CreatedAt)));
            }
            if (journal.Count > 0)
            {
                batch.BatchCommands.Add(Command(InsertJournal,
                    journal.Select(j => j.InstanceId), journal.Select(j => j.Sequence), journal.Select(j => j.At), journal.Select(j => j.ActivityId),
                    journal.Select(j => j.ActivityType), journal.Select(j => j.Event), journal.Select(j => j.Outcome), journal.Select(j => j.Message)));
            }
            await batch.ExecuteNonQueryAsync(cancellationToken);
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

    private static NpgsqlBatchCommand Command(string sql, params System.Collections.IEnumerable[] columns)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var column in columns) command.Parameters.Add(Array(column));
        return command;
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
