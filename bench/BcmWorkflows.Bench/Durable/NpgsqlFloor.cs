using Npgsql;

namespace BcmWorkflows.Bench.Durable;

/// <summary>
/// The same single-row INSERT as pgbench, sent from this process through Npgsql (async, pooled, prepared): what a .NET
/// client on this machine can reach at best, to tell engine cost from client-stack cost. Printed for information.
/// </summary>
public static class NpgsqlFloor
{
    public static async Task<double> InsertRateAsync(BenchPostgres database, int clients, int seconds)
    {
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await using (var create = source.CreateCommand("CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, v int)"))
            await create.ExecuteNonQueryAsync();
        var count = 0;
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (DateTime.UtcNow < until)
            {
                await using var connection = await source.OpenConnectionAsync();
                await using var command = new NpgsqlCommand("INSERT INTO bench_insert (v) VALUES (1)", connection);
                await command.PrepareAsync();
                await command.ExecuteNonQueryAsync();
                Interlocked.Increment(ref count);
            }
        })));
        return count / watch.Elapsed.TotalSeconds;
    }
}
