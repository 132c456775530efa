using System.Net.Http.Json;
using BcmWorkflows.Engine.Serialization;

namespace BcmWorkflows.Bench.Memory;

/// <summary>
/// 10,000 instances suspended on WaitForEvent must not grow the server's memory: they live in the
/// database, not in the process. Measures the server process's RSS after a warm-up batch and after the
/// full batch, on PostgreSQL.
/// </summary>
public static class SuspendedMemory
{
    private const string Email = "bench@example.com";
    private const string Password = "Bench!2026pw";

    public static async Task<int> RunAsync(int count)
    {
        await using var database = await BenchPostgres.CreateAsync();
        var workflows = Directory.CreateTempSubdirectory("bcm-bench-workflows");
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Bcm__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Bcm"] = database.ConnectionString,
            ["Bcm__Admin__Email"] = Email,
            ["Bcm__Admin__Password"] = Password,
            ["Bcm__Workflows__Path"] = workflows.FullName,
            ["DOTNET_gcServer"] = "0",
        });
        await server.LoginAsync(Email, Password);
        var definition = WorkflowJson.Serialize(Workloads.Waiting("waiting"));
        (await server.Client.PutAsync("/api/workflow-definitions/waiting", new StringContent(definition, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await server.Client.PostAsync("/api/workflow-definitions/waiting/publish", null)).EnsureSuccessStatusCode();

        Console.WriteLine($"# Memory: {count} instances suspended on WaitForEvent, server process RSS (PostgreSQL)");
        await StartManyAsync(server, 1_000);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var before = server.RssBytes();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await StartManyAsync(server, count);
        var rate = count / watch.Elapsed.TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(5));
        var after = server.RssBytes();
        var suspended = await CountAsync(server);
        var growth = (after - before) / (double)before;
        Console.WriteLine($"suspended={suspended}  RSS before={Measure.Mb(before)} after={Measure.Mb(after)}  growth={growth:P1} ({(after - before) / (double)count:F0} bytes/instance)  start rate over HTTP={rate:F0}/s  target growth<10% {(growth < 0.10 ? "PASS" : "FAIL")}");
        workflows.Delete(recursive: true);
        return growth < 0.10 ? 0 : 1;
    }

    private static Task StartManyAsync(ServerProcess server, int count) =>
        Measure.RateAsync(count, 8, async _ =>
        {
            var response = await server.Client.PostAsJsonAsync("/api/workflow-definitions/waiting/instances", new { input = new { } });
            response.EnsureSuccessStatusCode();
        });

    private static async Task<string> CountAsync(ServerProcess server)
    {
        var response = await server.Client.GetAsync("/api/workflow-instances?definitionId=waiting&status=Suspended&pageSize=1");
        response.EnsureSuccessStatusCode();
        return response.Headers.TryGetValues("X-Total-Count", out var values) ? values.First() : "?";
    }
}
