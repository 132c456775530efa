using BcmWorkflows.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BcmWorkflows.Data;

/// <summary>
/// <see cref="BcmDbContext"/> on PostgreSQL. Timestamps are <c>timestamptz</c> (always written with
/// offset 0). Migrations: <c>Migrations/Postgres</c>.
/// </summary>
public class PostgresBcmDbContext : BcmDbContext
{
    public PostgresBcmDbContext(DbContextOptions<PostgresBcmDbContext> options) : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Journal rows arrive in time order and At is only scanned by range (retention): a BRIN index costs
        // almost nothing per insert, where a B-tree would add an index entry for each of a burst's rows.
        builder.Entity<WorkflowJournalRecord>().HasIndex(j => j.At).HasMethod("brin");
    }

    /// <summary>Applies the provider, on a connection pool of its own that skips Npgsql's reset on reuse (see <see cref="WithoutResetOnClose"/>).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithoutResetOnClose(connectionString));

    /// <summary>
    /// By default Npgsql prepends a reset (<c>RESET ALL</c>, <c>pg_advisory_unlock_all()</c>, ...) to the first command on a
    /// pooled connection it hands out again: a second server transaction for every burst. The engine keeps no session
    /// state on these connections (its advisory locks are transaction-scoped, it never SETs, LISTENs or creates temp
    /// tables), so the reset is pure cost. An explicit <c>No Reset On Close</c> in the configured string wins.
    /// </summary>
    internal static string WithoutResetOnClose(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase)) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
