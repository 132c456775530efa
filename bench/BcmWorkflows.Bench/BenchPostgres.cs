using Npgsql;

namespace BcmWorkflows.Bench;

/// <summary>
/// The PostgreSQL server the benchmarks use: <c>BCM_TEST_POSTGRES</c> (what <c>scripts/test.sh --pg-only</c>
/// prints). Each run gets a fresh database, dropped at the end.
/// </summary>
public sealed class BenchPostgres : IAsyncDisposable
{
    private readonly string _admin;

    private BenchPostgres(string admin, string connectionString, string name)
    {
        _admin = admin;
        ConnectionString = connectionString;
        Name = name;
    }

    public string ConnectionString { get; }
    public string Name { get; }
    public NpgsqlConnectionStringBuilder Parts => new(ConnectionString);

    public static async Task<BenchPostgres> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("BCM_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set BCM_TEST_POSTGRES (start one with: bash scripts/test.sh --pg-only).");
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        var name = $"bcm_bench_{Guid.NewGuid():N}"[..24];
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var target = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 50 }.ConnectionString;
        return new BenchPostgres(admin, target, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
