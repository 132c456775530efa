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

    /// <summary>Applies the provider.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);
}
