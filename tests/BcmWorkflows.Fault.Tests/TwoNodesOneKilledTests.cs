using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Fault.Tests.Harness;
using BcmWorkflows.TestSupport;
using Xunit.Abstractions;

namespace BcmWorkflows.Fault.Tests;

/// <summary>
/// Two real server processes on one PostgreSQL run <see cref="FaultScale.Workflows"/> fault drills (a timer, an event
/// and an acknowledged email each) started, resumed and confirmed through both; halfway through the starts the second
/// node is killed with SIGKILL, and then restarted or left dead. Nothing may be lost: every instance finishes, every
/// timer fires once, every acknowledgement counts, and the emails sent twice stay within what a killed dispatcher may
/// have had in hand (<c>2 loops × Bcm:Outbox:BatchSize</c>).
/// </summary>
public sealed class TwoNodesOneKilledTests(ITestOutputHelper output)
{
    private const int DispatcherLoopsPerNode = 2;
    private const int OutboxBatchSize = 100;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_workflow_finishes_with_one_timer_firing_and_no_acknowledgement_lost_when_a_node_is_killed(bool restartKilledNode)
    {
        var total = FaultScale.Workflows;
        var name = restartKilledNode ? "cluster-restarted" : "cluster-left-dead";
        var clock = Stopwatch.StartNew();
        await using var cluster = await FaultCluster.StartAsync(TestDatabase.Postgres, 2, name);
        var client = cluster.Client;
        var victim = cluster.Nodes[1];
        var startedUp = clock.Elapsed;

        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Put, $"/api/workflow-definitions/{FaultDrill.DefinitionId}", FaultDrill.Definition("PT5S"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, $"/api/workflow-definitions/{FaultDrill.DefinitionId}/publish")).Status);

        await using var acks = new AckPump(cluster.Smtp, client);
        acks.Start();
        var instances = new string[total];
        var ambiguousStarts = 0;
        TimeSpan? killedAt = null, restartedIn = null;
        Task restart = Task.CompletedTask;
        var started = 0;
        var load = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, total), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var (id, ambiguous) = await StartOnceAsync(client, i);
            instances[i] = id;
            if (ambiguous) Interlocked.Increment(ref ambiguousStarts);
            await client.SendAsync(HttpMethod.Post, $"/api/events/{FaultDrill.EventName}", new { correlationId = Correlation(i) });
            if (Interlocked.Increment(ref started) == total / 2)
            {
                victim.Kill();
                killedAt = load.Elapsed;
                if (restartKilledNode) restart = RestartAsync();
            }
        });
        var startsDone = load.Elapsed;
        await restart;

        await Eventually.HoldsAsync(async () =>
        {
            var finished = await CountAsync(client, "Finished");
            return (finished == total, $"{finished} of {total} finished, {acks.Distinct} emails, {acks.Confirmed} confirmed");
        }, TimeSpan.FromMinutes(4), "every fault drill finished", TimeSpan.FromSeconds(2));
        var allFinished = load.Elapsed;

        // Every timer fired once: one Resumed line for the Delay in each journal, and one Completed.
        var timerFirings = new int[total];
        await Parallel.ForEachAsync(Enumerable.Range(0, total), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var journal = (await client.GetOkAsync($"/api/workflow-instances/{instances[i]}/journal")).AsArray();
            timerFirings[i] = journal.Count(l => Str(l, "activityId") == "delay" && Str(l, "event") == "Resumed");
            Assert.Equal(1, journal.Count(l => Str(l, "activityId") == "delay" && Str(l, "event") == "Completed"));
        });
        foreach (var status in new[] { "Running", "Suspended", "Faulted", "Cancelled" }) Assert.Equal(0, await CountAsync(client, status));
        // Every message ends delivered. A message the dead node sent but had not yet marked Sent keeps its claim until the
        // claim times out (1 minute here) and is then sent again: its workflow may finish first, so this may take a while.
        await Eventually.HoldsAsync(async () =>
        {
            var open = 0;
            foreach (var status in new[] { "Pending", "Sending", "Failed", "Standby" })
                open += (await client.GetOkAsync($"/api/outbox?status={status}&limit=500")).AsArray().Count;
            return (open == 0, $"{open} messages not yet delivered");
        }, TimeSpan.FromMinutes(3), "every outbox message delivered", TimeSpan.FromSeconds(2));

        var figures = string.Join(Environment.NewLine,
            $"[{name}] nodes 2 (PostgreSQL), node 2 SIGKILLed after {total / 2} of {total} starts at {Seconds(killedAt)}"
                + (restartKilledNode ? $", restarted (ready in {Seconds(restartedIn)})" : ", left dead"),
            $"  workflows {total} started ({ambiguousStarts} starts cut off by the kill, found by correlation id), {total} finished, 0 faulted",
            $"  timers {timerFirings.Sum()} fired for {total} delays (instances with a timer fired other than once: {timerFirings.Count(n => n != 1)})",
            $"  emails {acks.Distinct} distinct, {acks.Duplicates} duplicate copies (bound {DispatcherLoopsPerNode * OutboxBatchSize}); acknowledgements {acks.Confirmed} confirmed, refused {Describe(acks.Refused)}",
            $"  requests retried on the other node {client.Retried}; start-up {Seconds(startedUp)}, starts done {Seconds(startsDone)}, all finished {Seconds(allFinished)} ({Seconds(allFinished - killedAt)} after the kill)");
        output.WriteLine(figures);
        await File.AppendAllTextAsync(Path.Combine(ServerNode.LogFolder, "figures.txt"), figures + Environment.NewLine);

        Assert.All(timerFirings, n => Assert.Equal(1, n));
        Assert.Equal(total, acks.Distinct);
        Assert.Equal(total, acks.Confirmed);
        Assert.Empty(acks.Refused);
        Assert.InRange(acks.Duplicates, 0, DispatcherLoopsPerNode * OutboxBatchSize);

        async Task RestartAsync()
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            var watch = Stopwatch.StartNew();
            await victim.StartAsync();
            restartedIn = watch.Elapsed;
        }
    }

    private static string Correlation(int i) => $"drill-{i}";

    /// <summary>
    /// Starts drill <paramref name="i"/> on the next node. When the node dies with the request in flight nobody knows
    /// whether it committed: look it up by correlation id, as a careful client would, and start it again only if absent.
    /// </summary>
    private static async Task<(string Id, bool Ambiguous)> StartOnceAsync(ClusterClient client, int i)
    {
        var body = new { input = new { email = $"p{i}@fault.test" }, correlationId = Correlation(i) };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var reply = await client.TryOnceAsync(client.NextNode(), HttpMethod.Post, $"/api/workflow-definitions/{FaultDrill.DefinitionId}/instances", body);
                if (reply.Status != HttpStatusCode.Created) throw new InvalidOperationException($"Start {i} on {reply.Node}: {(int)reply.Status} {reply.Text}");
                return (Str(reply.Json!, "instanceId"), attempt > 1);
            }
            // A node being killed or restarted refuses connections for a while; round-robin may pick it several
            // times in a row, so keep trying (as SendAsync does) for up to a minute.
            catch (Exception ex) when (attempt < 240 && ex is HttpRequestException or TaskCanceledException or ClusterClient.NoNodeRunningException)
            {
                await Task.Delay(250);
                var found = (await client.GetOkAsync($"/api/workflow-instances?definitionId={FaultDrill.DefinitionId}&correlationId={Correlation(i)}")).AsArray();
                if (found.Count > 0) return (Str(found[0]!, "instanceId"), true);
            }
        }
    }

    private static async Task<int> CountAsync(ClusterClient client, string status)
    {
        var count = 0;
        for (var page = 1; ; page++)
        {
            var items = (await client.GetOkAsync($"/api/workflow-instances?definitionId={FaultDrill.DefinitionId}&status={status}&page={page}&pageSize=500")).AsArray();
            count += items.Count;
            if (items.Count < 500) return count;
        }
    }

    private static string Str(JsonNode? node, string field) => node?[field]?.GetValue<string>() ?? "";

    private static string Seconds(TimeSpan? t) => t is { } v ? v.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "—";

    private static string Describe(IReadOnlyDictionary<HttpStatusCode, int> refused) =>
        refused.Count == 0 ? "none" : string.Join(", ", refused.Select(r => $"{(int)r.Key}×{r.Value}"));
}
