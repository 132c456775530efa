using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace BcmWorkflows.Data;

/// <summary>
/// The effective database settings, registered as a singleton by <see cref="DependencyInjection.AddBcmData"/>
/// so that other start-up code (e.g. the Quartz job store) uses the same provider and connection string.
/// </summary>
public sealed class DatabaseOptions
{
    public const string ProviderKey = "Bcm:Database:Provider";
    public const string ConnectionStringKey = "ConnectionStrings:Bcm";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string DefaultSqliteConnectionString = "Data Source=data/bcm.db";

    /// <summary><c>Sqlite</c> or <c>Postgres</c> (normalised spelling).</summary>
    public required string Provider { get; init; }

    /// <summary>The connection string in use (for SQLite: the configured one or <see cref="DefaultSqliteConnectionString"/>).</summary>
    public required string ConnectionString { get; init; }

    public bool IsPostgres => Provider == Postgres;

    /// <summary>
    /// Reads <see cref="ProviderKey"/> (default <c>Sqlite</c>, case-insensitive) and <see cref="ConnectionStringKey"/>.
    /// Throws <see cref="InvalidOperationException"/> naming the key for an unknown provider or a PostgreSQL
    /// provider without a connection string. For SQLite it creates the folder of the database file.
    /// </summary>
    public static DatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        var provider = configuration[ProviderKey];
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString;
            EnsureSqliteFolder(connectionString);
            return new DatabaseOptions { Provider = Sqlite, ConnectionString = connectionString };
        }
        if (provider.Equals(Postgres, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException($"'{ProviderKey}' is Postgres but '{ConnectionStringKey}' is not set (environment: ConnectionStrings__Bcm).");
            return new DatabaseOptions { Provider = Postgres, ConnectionString = connectionString };
        }
        throw new InvalidOperationException($"'{ProviderKey}' is '{provider}': use '{Sqlite}' or '{Postgres}'.");
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
