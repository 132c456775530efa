using Microsoft.Data.Sqlite;
using Npgsql;

namespace BcmWorkflows.TestSupport;

/// <summary>
/// A throw-away database for one test class. SQLite: a temp file (deleted on dispose). PostgreSQL: a
/// uniquely named database created on the server that <c>BCM_TEST_POSTGRES</c> points at (dropped on
/// dispose). Without <c>BCM_TEST_POSTGRES</c> creating a PostgreSQL database fails with a message that
/// says how to get one: PostgreSQL tests never pass silently.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string PostgresVariable = "BCM_TEST_POSTGRES";

    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;
    private readonly string? _file;

    private TestDatabase(string provider, string connectionString, string? adminConnectionString, string? databaseName, string? file)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
        _file = file;
    }

    /// <summary><see cref="Sqlite"/> or <see cref="Postgres"/>, as <c>Bcm:Database:Provider</c> spells it.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == Postgres;

    /// <summary>The configuration keys that point the server (or <c>AddBcmData</c>) at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Bcm:Database:Provider"] = Provider,
        ["ConnectionStrings:Bcm"] = ConnectionString,
    };

    /// <summary>Creates an empty database (no tables: migrate it). <paramref name="provider"/> is case-insensitive.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var file = Path.Combine(Path.GetTempPath(), $"bcm-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(Sqlite, $"Data Source={file}", null, null, file);
        }
        if (!provider.Equals(Postgres, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"Unknown provider '{provider}': use '{Sqlite}' or '{Postgres}'.", nameof(provider));

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            var where = Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? " CI must provide it (scripts/test.sh does)." : "";
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set, so the PostgreSQL tests cannot run.{where} Start a server with " +
                $"'scripts/test.sh --pg-only' and export the {PostgresVariable} it prints " +
                "(e.g. Host=127.0.0.1;Port=55432;Username=bcm;Password=bcm;Database=bcm_test).");
        }
        return await CreateOnPostgresAsync(server);
    }

    /// <summary>
    /// Creates an empty, uniquely named database on the PostgreSQL server <paramref name="server"/> points at (a role
    /// allowed to create databases), for a test that brings its own server instead of <c>BCM_TEST_POSTGRES</c>.
    /// </summary>
    public static async Task<TestDatabase> CreateOnPostgresAsync(string server)
    {
        var admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        if (string.IsNullOrEmpty(admin.Database)) admin.Database = "postgres";
        var name = $"bcm_t_{Guid.NewGuid():N}";
        await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE \"{name}\"");
        var target = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(Postgres, target.ConnectionString, admin.ConnectionString, name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try
                {
                    File.Delete(_file + suffix);
                }
                catch (IOException)
                {
                    // A connection still open elsewhere: the temp folder is cleaned eventually anyway.
                }
            }
            return;
        }
        using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
        // FORCE cannot end a backend of another role (autovacuum working on the fresh database): try again shortly.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(_adminConnectionString!, $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (attempt < 20 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(250);
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
