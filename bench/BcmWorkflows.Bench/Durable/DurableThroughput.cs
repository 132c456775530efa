using BcmWorkflows.Activities;
using BcmWorkflows.Data;
using BcmWorkflows.Engine.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Bench.Durable;

/// <summary>
/// On PostgreSQL: a 10-activity workflow run start to finish (one commit per burst), at 1 and 4
/// clients, beside pgbench's single-row INSERT rate on the same server with the same clients.
/// Target: at least 0.5 of pgbench's rate.
/// </summary>
public static class DurableThroughput
{
    public static async Task<int> RunAsync(int seconds)
    {
        await using var database = await BenchPostgres.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bcm:Database:Provider"] = "Postgres",
            ["ConnectionStrings:Bcm"] = database.ConnectionString,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddBcmData(configuration).AddBcmActivities().BuildServiceProvider();
        await services.MigrateBcmDatabaseAsync();
        await using (var scope = services.CreateAsyncScope())
        {
            var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
            await definitions.SaveDraftAsync(Workloads.Sequential("ten-steps", 10), "bench", default);
            await definitions.PublishAsync("ten-steps", "bench", default);
        }
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        var request = new StartWorkflowRequest("ten-steps");

        Console.WriteLine($"# Durable on PostgreSQL: 10-activity workflow start to finish vs pgbench single-row INSERT ({seconds} s each)");
        var failed = false;
        foreach (var clients in new[] { 1, 4 })
        {
            await Measure.RateAsync(500, clients, _ => runtime.StartAsync(request)); // warm-up: pools, JIT, caches
            var count = 0;
            var until = DateTime.UtcNow.AddSeconds(seconds);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
            {
                while (DateTime.UtcNow < until)
                {
                    var run = await runtime.StartAsync(request);
                    if (run.Status != WorkflowStatus.Finished) throw new InvalidOperationException($"Instance ended {run.Status}.");
                    Interlocked.Increment(ref count);
                }
            })));
            var ours = count / watch.Elapsed.TotalSeconds;
            var cpuPerInstance = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / count;
            var floor = await PgBench.InsertRateAsync(database, clients, seconds);
            var ratio = ours / floor;
            Console.WriteLine($"clients={clients}  ours={ours,7:F0} instances/s ({ours * 10,7:F0} activities/s)  pgbench INSERT={floor,7:F0} tps  ratio={ratio:F2}  target>=0.50 {(ratio >= 0.5 ? "PASS" : "FAIL")}  (engine process CPU {cpuPerInstance:F0} µs/instance)");
            failed |= ratio < 0.5;
        }
        return failed ? 1 : 0;
    }
}
