using System.Collections.Concurrent;
using System.Text;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BcmWorkflows.Data;

/// <summary>
/// The start burst's fast path on PostgreSQL: the new instance (and children), their bookmark index and the
/// journal (one row per burst) go out as one statement (data-modifying CTEs): one round trip, one parse and plan,
/// atomic without an explicit transaction (autocommit). Used only when nothing else is pending in the change tracker.
/// Each table's rows are sent as a <c>VALUES</c> list with a parameter per column and row when there are few of them
/// (the usual start: one instance, a bookmark or two, one journal row; scalar parameters cost less to bind on both
/// ends than arrays), as arrays through <c>unnest</c> when there are many (a fan-out of children: a fixed number of
/// parameters however many rows, far below PostgreSQL's 65,535); a table with no rows is left out of the statement.
/// </summary>
internal static class PostgresBurstWriter
{
    private static readonly ConcurrentDictionary<(int, int, int), string> Statements = new();

    /// <summary>Inserts the instances with their bookmark rows (<paramref name="bookmarks"/>: instance id and bookmark) and journal entries.</summary>
    public static async Task InsertAsync(BcmDbContext db, IReadOnlyList<WorkflowInstance> instances,
        IReadOnlyList<(string InstanceId, Bookmark Bookmark)> bookmarks, IReadOnlyList<JournalEntry> journal, CancellationToken cancellationToken)
    {
        // One row per burst (and instance), none for a burst without entries.
        var bursts = JournalLines.ToRecords(journal).ToList();
        var shape = (BurstTable.Shape(instances.Count), BurstTable.Shape(bookmarks.Count), BurstTable.Shape(bursts.Count));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(Statements.GetOrAdd(shape, Build), (NpgsqlConnection)db.Database.GetDbConnection());
            BurstTables.Instances.AddParameters(command.Parameters, instances);
            BurstTables.Bookmarks.AddParameters(command.Parameters, bookmarks);
            BurstTables.Journal.AddParameters(command.Parameters, bursts);
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

    private static string Build((int Instances, int Bookmarks, int Journal) shape)
    {
        var next = 1;
        var inserts = new[]
        {
            BurstTables.Instances.Insert(shape.Instances, ref next),
            BurstTables.Bookmarks.Insert(shape.Bookmarks, ref next),
            BurstTables.Journal.Insert(shape.Journal, ref next),
        }.OfType<string>().ToList();
        if (inserts.Count == 1) return inserts[0];
        var sql = new StringBuilder("WITH ");
        for (var i = 0; i < inserts.Count - 1; i++) sql.Append(i == 0 ? "" : ", ").Append("part").Append(i).Append(" AS (").Append(inserts[i]).Append(')');
        return sql.Append(' ').Append(inserts[^1]).ToString();
    }
}
