using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BcmWorkflows.Bench.Memory;
using Npgsql;

namespace BcmWorkflows.Bench.Notifications;

/// <summary>
/// A call tree of 5,000 people in 3 waves (10% / 30% / 60% of them, one org unit each, quorum 60% of each wave, wait
/// PT10M so only confirmations advance the waves), 60% of each wave confirming by signed SMS replies from 8 clients, on
/// a real server process on PostgreSQL running the shipped <c>call-tree</c> workflow. Measures activation → wave 1 in
/// the outbox, activation → the last wave in the outbox, the time spent composing the waves (each wave from the reply
/// that completed the previous wave's quorum to its messages in the outbox), and the final report's response time.
/// Baseline in the same run: one Notify with acknowledgement requests to the same people.
/// Targets: composing all waves ≤ 1.5× the baseline; the report of 5,000 people in under 1 s; confirmation rate 60%.
/// </summary>
public static class CallTreeRun
{
    private const int WarmUp = 1_000;
    private const double Confirming = 0.6;

    public static async Task<int> RunAsync(int people)
    {
        int[] sizes = [people / 10, people * 3 / 10, people - people / 10 - people * 3 / 10];
        Console.WriteLine($"# Call tree: {people} people in 3 waves ({string.Join(" / ", sizes)}), quorum 60% per wave, 60% confirming (PostgreSQL, real server process)");
        await using var database = await BenchPostgres.CreateAsync();
        await using var twilio = await TwilioSink.StartAsync();
        await using var server = await NotificationServer.StartAsync(database, twilio, segmentsPerSecond: 0, shippedWorkflows: ["call-tree.json"]);
        await DeployNotifyAsync(server);

        // Warm-up (other people): the JIT's later tiers and the connection pool settle before anything is measured.
        var warmUp = await NotificationServer.ImportPeopleAsync(server, WarmUp, offset: people);
        await StartNotifyAsync(server, warmUp);

        var units = new List<string>();
        for (var w = 0; w < 3; w++)
        {
            units.Add($"bench-wave-{w + 1}");
            (await server.Client.PutAsJsonAsync($"/api/org-units/{units[w]}", new { name = $"Bench wave {w + 1}" })).EnsureSuccessStatusCode();
        }
        var ids = await ImportIntoUnitsAsync(server, sizes, units);

        // Baseline: one Notify with acknowledgement requests to the same people, start to all rows in the outbox.
        var baselineWatch = Stopwatch.StartNew();
        var baselineInstance = await StartNotifyAsync(server, ids);
        await WaitForRowsAsync(database, baselineInstance, "page", people);
        var baseline = baselineWatch.Elapsed.TotalSeconds;

        var treeId = await CreateTreeAsync(server, units, sizes);
        var watch = Stopwatch.StartNew();
        var activation = await server.Client.PostAsJsonAsync($"/api/call-trees/{treeId}/activate", new { message = "Site DC1 evacuated." });
        var accepted = await activation.Content.ReadFromJsonAsync<JsonObject>();
        if (!activation.IsSuccessStatusCode) throw new InvalidOperationException($"Activation failed: {(int)activation.StatusCode} {accepted}");
        var activationId = accepted!["activationId"]!.GetValue<string>();
        var instanceId = accepted["startedInstances"]!.AsArray().Single()!.GetValue<string>();

        var queued = new double[3];
        var waited = new double[3];
        double triggeredAt = 0, lastWaveQueuedAt = 0, firstWaveQueuedAt = 0;
        var failures = 0;
        var messages = 0;
        for (var w = 1; w <= 3; w++)
        {
            var rows = await WaitForRowsAsync(database, instanceId, $"run.w{w}", sizes[w - 1]);
            var queuedAt = watch.Elapsed.TotalSeconds;
            queued[w - 1] = queuedAt - triggeredAt;
            if (w == 1) firstWaveQueuedAt = queuedAt;
            if (w == 3) lastWaveQueuedAt = queuedAt;
            messages += rows + await RowsAsync(database, instanceId, $"run.w{w}.again");
            // 60% of the wave reply with their code; the last reply completes the quorum and starts the next wave.
            var replies = await RepliesAsync(database, instanceId, $"run.w{w}", (int)Math.Round(sizes[w - 1] * Confirming));
            failures += await InboundAcks.SendAllAsync(server, replies);
            triggeredAt = watch.Elapsed.TotalSeconds;
            waited[w - 1] = triggeredAt - queuedAt;
        }

        var finished = await InboundAcks.WaitFinishedAsync(server, instanceId, TimeSpan.FromSeconds(60));
        var reportUrl = $"/api/call-trees/{treeId}/activations/{activationId}";
        var times = new List<double>();
        JsonObject? report = null;
        for (var i = 0; i < 5; i++)
        {
            var started = Stopwatch.GetTimestamp();
            report = await server.Client.GetFromJsonAsync<JsonObject>(reportUrl);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var rate = report!["confirmationRate"]!.GetValue<double>();
        var listed = report["people"]!.AsArray().Count;
        var status = report["status"]!.GetValue<string>();
        var sortedTimes = times.Order().ToList();

        var composing = queued.Sum();
        var ratio = composing / baseline;
        var fast = ratio <= 1.5 && sortedTimes[^1] < 1_000;
        var correct = finished && failures == 0 && status == "Completed" && listed == people && Math.Abs(rate - Confirming) < 0.01;
        Console.WriteLine($"baseline Notify to {people} (with acknowledgement requests): {baseline:F2} s to all rows in the outbox ({people / baseline:F0} messages/s)");
        Console.WriteLine($"activation -> wave 1 in the outbox: {firstWaveQueuedAt:F2} s; activation -> wave 3 in the outbox: {lastWaveQueuedAt:F2} s " +
            $"(of which waiting for replies {waited[0] + waited[1]:F2} s)");
        Console.WriteLine($"composing per wave (trigger -> rows in the outbox): {string.Join(" / ", queued.Select(q => q.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} s, " +
            $"total {composing:F2} s for {messages} messages (incl. re-notified non-responders) = {ratio:F2}x the baseline  target<=1.5x {(ratio <= 1.5 ? "PASS" : "FAIL")}");
        Console.WriteLine($"report GET ({listed} people): first {times[0]:F0} ms, median {sortedTimes[2]:F0} ms, max {sortedTimes[^1]:F0} ms  target<1000 ms {(sortedTimes[^1] < 1_000 ? "PASS" : "FAIL")}");
        Console.WriteLine($"status={status}  confirmationRate={rate:P1}  reply failures={failures}  workflow finished={finished}  {(correct ? "PASS" : "FAIL")}");
        return fast && correct ? 0 : 1;
    }

    /// <summary>Imports the people into the org units, wave by wave, in one CSV; returns their ids in file order.</summary>
    private static async Task<List<string>> ImportIntoUnitsAsync(ServerProcess server, int[] sizes, List<string> units)
    {
        var csv = new StringBuilder("name,phone,channels,orgUnit\n");
        var n = 0;
        for (var w = 0; w < sizes.Length; w++)
            for (var i = 0; i < sizes[w]; i++, n++)
                csv.Append("Person ").Append(n).Append(",+49151").Append(10_000_000 + n).Append(",Sms,").Append(units[w]).Append('\n');
        var response = await server.Client.PostAsync("/api/people/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Import failed: {(int)response.StatusCode} {body}");
        return body!["people"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
    }

    private static async Task<string> CreateTreeAsync(ServerProcess server, List<string> units, int[] sizes)
    {
        var waves = units.Select((unit, i) => new
        {
            name = $"Wave {i + 1}",
            members = new[] { $"orgunit:{unit}" },
            channels = new[] { "Sms" },
            quorum = ((int)Math.Round(sizes[i] * Confirming)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            wait = "PT10M",
        });
        var response = await server.Client.PostAsJsonAsync("/api/call-trees", new { name = "Bench call tree", waves });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Call tree failed: {(int)response.StatusCode} {body}");
        return body!["id"]!.GetValue<string>();
    }

    private static async Task DeployNotifyAsync(ServerProcess server)
    {
        const string definition = """
            {
              "definitionId": "notify-ack", "name": "Notify with acknowledgement requests",
              "inputs": [ { "name": "people", "type": "Array", "required": true } ],
              "root": { "type": "Flowchart", "activities": [
                { "id": "page", "type": "Notify", "inputs": {
                    "people": { "type": "Scriban", "value": "input.people" },
                    "template": { "type": "Literal", "value": "calltree-message" },
                    "model": { "type": "Scriban", "value": "{ call_tree: { id: 'baseline', name: 'Bench call tree', wave: 1 }, message: 'Site DC1 evacuated.' }" },
                    "channels": { "type": "Literal", "value": ["Sms"] },
                    "requestAcknowledgement": { "type": "Literal", "value": true } } }
              ], "connections": [] }
            }
            """;
        (await server.Client.PutAsync("/api/workflow-definitions/notify-ack", new StringContent(definition, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await server.Client.PostAsync("/api/workflow-definitions/notify-ack/publish", null)).EnsureSuccessStatusCode();
    }

    private static Task<string> StartNotifyAsync(ServerProcess server, IReadOnlyList<string> people) => NotificationServer.StartAsync(server, "notify-ack", people);

    /// <summary>Waits until the sending activity's rows are in the outbox (one commit: all of them at once); returns how many.</summary>
    private static async Task<int> WaitForRowsAsync(BenchPostgres database, string instanceId, string activityId, int atLeast)
    {
        var until = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < until)
        {
            var rows = await RowsAsync(database, instanceId, activityId);
            if (rows >= atLeast) return rows;
            await Task.Delay(10);
        }
        throw new TimeoutException($"{activityId} of {instanceId} did not reach {atLeast} messages in the outbox.");
    }

    private static async Task<int> RowsAsync(BenchPostgres database, string instanceId, string activityId)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM outbox_messages WHERE "InstanceId" = @i AND "ActivityId" = @a""", connection);
        command.Parameters.AddWithValue("i", instanceId);
        command.Parameters.AddWithValue("a", activityId);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>(phone, reply code) of the first <paramref name="count"/> people (by phone) a wave asked.</summary>
    private static async Task<List<(string Phone, string Code)>> RepliesAsync(BenchPostgres database, string instanceId, string activityId, int count)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT "Phone", "ReplyCode" FROM ack_requests WHERE "InstanceId" = @i AND "ActivityId" = @a ORDER BY "Phone" LIMIT @n
            """, connection);
        command.Parameters.AddWithValue("i", instanceId);
        command.Parameters.AddWithValue("a", activityId);
        command.Parameters.AddWithValue("n", count);
        var replies = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) replies.Add((reader.GetString(0), reader.GetString(1)));
        if (replies.Count != count) throw new InvalidOperationException($"{activityId} has {replies.Count} acknowledgement requests, expected {count}.");
        return replies;
    }
}
