using BcmWorkflows.Activities;
using BcmWorkflows.Engine.InMemory;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;

namespace BcmWorkflows.Bench.InMemory;

/// <summary>
/// Side by side in one process: a 10-step sequential workflow on our engine and on WorkflowCore
/// 3.22.0, both with in-memory persistence, at 1 and 4 concurrent clients. Target: ≥ 3× WorkflowCore.
/// </summary>
public static class InMemoryComparison
{
    public static async Task<int> RunAsync(int count)
    {
        Console.WriteLine($"# In-memory: 10-step sequential workflow, {count} instances per run");
        var failed = false;
        foreach (var clients in new[] { 1, 4 })
        {
            var ours = await OursAsync(count, clients);
            var peer = await WorkflowCoreAsync(count, clients);
            var ratio = ours / peer;
            Console.WriteLine($"clients={clients}  ours={ours,9:F0} wf/s ({ours * 10,10:F0} activities/s)  WorkflowCore={peer,8:F0} wf/s  ratio={ratio:F1}x  target>=3.0x {(ratio >= 3 ? "PASS" : "FAIL")}");
            failed |= ratio < 3;
        }
        return failed ? 1 : 0;
    }

    private static async Task<double> OursAsync(int count, int clients)
    {
        var store = new InMemoryWorkflowStore();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IWorkflowSnapshotStore>(store)
            .AddSingleton<IWorkflowInstanceStore>(store)
            .AddBcmActivities()
            .BuildServiceProvider();
        store.Add(Workloads.Sequential("ten-steps", 10));
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        var request = new StartWorkflowRequest("ten-steps");
        await Measure.RateAsync(Math.Min(count, 2_000), clients, _ => runtime.StartAsync(request)); // warm-up
        var rate = await Measure.RateAsync(count, clients, async _ =>
        {
            var run = await runtime.StartAsync(request);
            if (run.Status != WorkflowStatus.Finished) throw new InvalidOperationException($"Instance ended {run.Status}.");
        });
        await services.DisposeAsync();
        return rate;
    }

    private static async Task<double> WorkflowCoreAsync(int count, int clients)
    {
        var services = new ServiceCollection().AddLogging().AddWorkflow().BuildServiceProvider();
        var host = services.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<WorkflowCoreTenSteps, WorkflowCoreTenSteps.Data>();
        await host.StartAsync(CancellationToken.None);

        async Task<double> Run(int n)
        {
            WorkflowCoreTenSteps.Finish.Reset();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await Measure.RateAsync(n, clients, _ => host.StartWorkflow("ten-steps", 1, new WorkflowCoreTenSteps.Data()));
            var deadline = DateTime.UtcNow.AddMinutes(5);
            while (WorkflowCoreTenSteps.Finish.Finished < n)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("WorkflowCore did not finish in 5 minutes.");
                await Task.Delay(5);
            }
            return n / watch.Elapsed.TotalSeconds;
        }

        await Run(Math.Min(count, 2_000)); // warm-up
        var rate = await Run(count);
        await host.StopAsync(CancellationToken.None);
        await services.DisposeAsync();
        return rate;
    }
}
