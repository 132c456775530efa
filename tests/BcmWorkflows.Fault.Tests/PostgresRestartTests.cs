using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Fault.Tests.Harness;
using BcmWorkflows.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace BcmWorkflows.Fault.Tests;

/// <summary>
/// PostgreSQL restarted under load: one real server process on a private PostgreSQL (never the shared test server),
/// four clients starting workflows (a short Delay and a WaitForEvent, joined), raising their events and reading lists;
/// mid-load the database is stopped (<c>pg_ctl stop -m fast</c>: every connection cut), kept down a few seconds and
/// started again. While it is down requests must fail cleanly (503 problem or a refused connection, never another
/// 5xx); the node must survive and answer <c>/health</c> 200 soon after; every start answered 201 (and every start
/// whose answer was lost but which committed) must finish; and no half-written rows may remain.
/// </summary>
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private const string DefinitionId = "pg-restart-drill";
    private const string EventName = "pg.go";
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Requests_fail_cleanly_while_PostgreSQL_restarts_and_every_acknowledged_workflow_finishes_afterwards()
    {
        using var postgres = PrivatePostgres.Start();
        await using var cluster = await FaultCluster.StartAsync(await TestDatabase.CreateOnPostgresAsync(postgres.ConnectionString), 1, "pg-restart");
        var client = cluster.Client;
        var node = cluster.Nodes[0];
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Put, $"/api/workflow-definitions/{DefinitionId}", Definition())).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, $"/api/workflow-definitions/{DefinitionId}/publish")).Status);

        var load = new OutageLoad();
        var acknowledged = new ConcurrentDictionary<int, string>(); // drill number → instance id (201)
        var unanswered = new ConcurrentDictionary<int, string>();     // starts that failed (→ how): committed or not, nobody knows
        var eventsToRepeat = new ConcurrentBag<int>();
        var next = 0;
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref next);
                var started = await TryAsync(load, "start", () => client.TryOnceAsync(node, HttpMethod.Post,
                    $"/api/workflow-definitions/{DefinitionId}/instances", new { correlationId = Correlation(i) }));
                if (started?.Status == HttpStatusCode.Created) acknowledged[i] = started.Json!["instanceId"]!.GetValue<string>();
                else { unanswered[i] = started is null ? "connection error" : ((int)started.Status).ToString(CultureInfo.InvariantCulture); continue; }
                var raised = await TryAsync(load, "event", () => client.TryOnceAsync(node, HttpMethod.Post, $"/api/events/{EventName}", new { correlationId = Correlation(i) }));
                if (raised is null || !OutageLoad.IsOk(raised)) eventsToRepeat.Add(i);
                await TryAsync(load, "list", () => client.TryOnceAsync(node, HttpMethod.Get, $"/api/workflow-instances?definitionId={DefinitionId}&pageSize=20"));
                await Task.Delay(50);
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(5));
        var beforeOutage = acknowledged.Count;
        load.Phase = "outage";
        var clock = Stopwatch.StartNew();
        postgres.Stop();
        await Task.Delay(Outage);
        var healthDuringOutage = await HealthAsync(node);
        postgres.StartServer();
        var downFor = clock.Elapsed;
        load.Phase = "after";
        clock.Restart();
        await Eventually.HoldsAsync(async () => (await HealthAsync(node) == HttpStatusCode.OK, "not healthy"), RecoveryBound, "/health 200 after PostgreSQL came back", TimeSpan.FromMilliseconds(200));
        var recoveredIn = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        // A start whose answer was lost may have committed: such an instance counts too, and needs its event.
        var committedWithoutAnswer = new List<string>();
        foreach (var (i, how) in unanswered)
        {
            var found = (await client.GetOkAsync($"/api/workflow-instances?definitionId={DefinitionId}&correlationId={Correlation(i)}")).AsArray();
            if (found.Count > 0) { committedWithoutAnswer.Add(how); acknowledged[i] = found[0]!["instanceId"]!.GetValue<string>(); eventsToRepeat.Add(i); }
        }
        foreach (var i in eventsToRepeat.Distinct())
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, $"/api/events/{EventName}", new { correlationId = Correlation(i) })).Status);

        var total = acknowledged.Count;
        await Eventually.HoldsAsync(async () =>
        {
            var finished = await CountAsync(client, "Finished");
            return (finished == total, $"{finished} of {total} finished, running {await CountAsync(client, "Running")}, suspended {await CountAsync(client, "Suspended")}");
        }, TimeSpan.FromMinutes(2), "every started workflow finished", TimeSpan.FromSeconds(1));
        var halfWritten = await HalfWrittenAsync(cluster.Database.ConnectionString);

        var figures = string.Join(Environment.NewLine,
            $"[pg-restart] 1 node, 4 clients; PostgreSQL stopped (-m fast) after {beforeOutage} starts, down {Seconds(downFor)}; /health during the outage {(int)healthDuringOutage}; node healthy {Seconds(recoveredIn)} after PostgreSQL was back",
            $"  answers before: {load.Describe("before")}",
            $"  answers while down: {load.Describe("outage")}",
            $"  answers after: {load.Describe("after")}",
            $"  workflows {total} started ({committedWithoutAnswer.Count} of them committed although answered [{string.Join(", ", committedWithoutAnswer)}]; {unanswered.Count - committedWithoutAnswer.Count} failed starts left nothing), {total} finished; events repeated {eventsToRepeat.Distinct().Count()}; half-written rows: {halfWritten}");
        output.WriteLine(figures);
        await File.AppendAllTextAsync(Path.Combine(ServerNode.LogFolder, "figures.txt"), figures + Environment.NewLine);

        Assert.True(node.IsRunning, $"the node died; see {node.LogFile}");
        Assert.Empty(load.Unclean);
        Assert.True(load.Count("outage") > 0, "no request was made while PostgreSQL was down");
        Assert.NotEqual(HttpStatusCode.OK, healthDuringOutage);
        Assert.Equal("none", halfWritten);
        foreach (var status in new[] { "Running", "Suspended", "Faulted", "Cancelled" }) Assert.Equal(0, await CountAsync(client, status));
    }

    /// <summary>One request; a dropped or refused connection is recorded and returns null.</summary>
    private static async Task<ClusterClient.Reply?> TryAsync(OutageLoad load, string what, Func<Task<ClusterClient.Reply>> send)
    {
        try
        {
            var reply = await send();
            load.Record(reply, what);
            return reply;
        }
        catch (Exception ex) when (OutageLoad.IsConnectionError(ex))
        {
            load.RecordConnectionError();
            return null;
        }
    }

    private static async Task<HttpStatusCode> HealthAsync(ServerNode node)
    {
        using var http = new HttpClient { BaseAddress = node.Url, Timeout = TimeSpan.FromSeconds(10) };
        try { return (await http.GetAsync("/health")).StatusCode; }
        catch (Exception ex) when (OutageLoad.IsConnectionError(ex)) { return 0; }
    }

    /// <summary>Rows a cut connection could leave behind, counted straight in the database: "none" when there are none.</summary>
    private static async Task<string> HalfWrittenAsync(string connectionString)
    {
        var checks = new Dictionary<string, string>
        {
            ["instances without a journal start"] = """
                SELECT count(*) FROM workflow_instances i WHERE NOT EXISTS (SELECT 1 FROM workflow_journal j WHERE j."InstanceId" = i."Id"
                  AND j."FirstSequence" = (SELECT min("FirstSequence") FROM workflow_journal))
                """,
            ["bookmarks of ended instances"] = """
                SELECT count(*) FROM workflow_bookmarks b JOIN workflow_instances i ON i."Id" = b."InstanceId" WHERE i."Status" IN ('Finished', 'Faulted', 'Cancelled')
                """,
            ["bookmarks without an instance"] = """SELECT count(*) FROM workflow_bookmarks b WHERE NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i."Id" = b."InstanceId")""",
            ["outbox rows Sending without a claim"] = """SELECT count(*) FROM outbox_messages WHERE "Status" = 'Sending' AND "ClaimedBy" IS NULL""",
        };
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var found = new List<string>();
        foreach (var (name, sql) in checks)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var count = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            if (count > 0) found.Add($"{name} {count}");
        }
        NpgsqlConnection.ClearPool(connection);
        return found.Count == 0 ? "none" : string.Join(", ", found);
    }

    private static async Task<int> CountAsync(ClusterClient client, string status) =>
        (await client.GetOkAsync($"/api/workflow-instances?definitionId={DefinitionId}&status={status}&pageSize=500")).AsArray().Count;

    private static string Correlation(int i) => $"pg-{i}";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    /// <summary>A 2 s Delay and a WaitForEvent in parallel, joined, then End: one timer and one event per instance.</summary>
    private static object Definition() => new
    {
        definitionId = DefinitionId,
        name = "PostgreSQL restart drill",
        description = "A timer and an event that must survive the database restarting.",
        root = new
        {
            type = "Flowchart",
            activities = new object[]
            {
                new { id = "delay", type = "Delay", inputs = new { duration = new { type = "Literal", value = "PT2S" } } },
                new { id = "go", type = "WaitForEvent", inputs = new { eventName = new { type = "Literal", value = EventName }, correlationId = new { type = "Scriban", value = "instance.correlationId" } } },
                new { id = "join", type = "Join", inputs = new { mode = new { type = "Literal", value = "WaitAll" } } },
                new { id = "end", type = "End" },
            },
            connections = new[] { Connect("delay", "Done", "join"), Connect("go", "Received", "join"), Connect("join", "Done", "end") },
        },
    };

    private static object Connect(string source, string port, string target) => new { source = new { activity = source, port }, target = new { activity = target } };
}
