using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

/// <summary>
/// <see cref="BcmDbContext"/> on SQLite (the embedded default). Every <see cref="DateTimeOffset"/> is
/// stored as UTC ticks (INTEGER), because SQLite cannot compare or order <see cref="DateTimeOffset"/>
/// text in SQL; range queries and ORDER BY then behave as on PostgreSQL. Migrations: <c>Migrations/Sqlite</c>.
/// </summary>
public class SqliteBcmDbContext : BcmDbContext
{
    public SqliteBcmDbContext(DbContextOptions<SqliteBcmDbContext> options) : base(options)
    {
    }

    /// <summary>Applies the provider, the connection set-up (busy timeout, synchronous=NORMAL) and nothing else.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(SqliteConnectionSetup.Instance);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
