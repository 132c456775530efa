using BcmWorkflows.Data.Entities;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>Applies the provider.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);
}
