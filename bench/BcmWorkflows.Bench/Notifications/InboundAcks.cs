using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Bench.Memory;
using BcmWorkflows.Notifications.Sms;
using Npgsql;

namespace BcmWorkflows.Bench.Notifications;

/// <summary>
/// 10,000 signed acknowledgement webhooks (SMS replies with each person's code) from 8 concurrent clients against a
/// real server process on PostgreSQL, while the workflow that paged them waits for all: target ≥ 500 webhooks/s with
/// p99 latency under 100 ms, and every acknowledgement recorded exactly once.
/// </summary>
public static class InboundAcks
{
    private const int Clients = 8;
    private const int WarmUp = 4_000;

    public static async Task<int> RunAsync(int people)
    {
        Console.WriteLine($"# Inbound: {people} signed SMS acknowledgements from {Clients} clients (PostgreSQL, real server process)");
        await using var database = await BenchPostgres.CreateAsync();
        await using var twilio = await TwilioSink.StartAsync();
        await using var server = await NotificationServer.StartAsync(database, twilio, segmentsPerSecond: 0);
        await NotificationServer.DeployAsync(server, "page-all", acknowledge: true);
        // A warm-up call tree of its own, confirmed in full the same way: connections, caches and the JIT's later tiers
        // (a fresh server on 2 cores is still compiling for tens of seconds) settle before the measured one starts.
        var warmUpIds = await NotificationServer.ImportPeopleAsync(server, WarmUp, offset: people);
        var warmUpInstance = await NotificationServer.StartAsync(server, "page-all", warmUpIds);
        await SendAllAsync(server, await RepliesAsync(server, warmUpInstance, WarmUp));
        await SendAllAsync(server, Enumerable.Range(0, WarmUp).Select(i => ($"+49152{10_000_000 + i}", "YES")).ToList());

        var ids = await NotificationServer.ImportPeopleAsync(server, people);
        var instanceId = await NotificationServer.StartAsync(server, "page-all", ids);
        var replies = await RepliesAsync(server, instanceId, people);
        var latencies = new double[replies.Count];
        var watch = Stopwatch.StartNew();
        var failures = await SendAllAsync(server, replies, latencies);
        var rate = replies.Count / watch.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        var p50 = latencies[latencies.Length / 2];
        var p99 = latencies[(int)Math.Ceiling(latencies.Length * 0.99) - 1];

        var (confirmed, inbound) = await CountAsync(database);
        var finished = await WaitFinishedAsync(server, instanceId, TimeSpan.FromSeconds(60));
        var fast = rate >= 500 && p99 < 100;
        var exact = failures == 0 && confirmed == people + WarmUp && inbound == people + 2 * WarmUp && finished;
        Console.WriteLine($"webhooks={replies.Count}  rate={rate:F0}/s  p50={p50:F1} ms  p99={p99:F1} ms  failed={failures}  target>=500/s and p99<100 ms {(fast ? "PASS" : "FAIL")}");
        Console.WriteLine($"confirmed={confirmed - WarmUp} of {people} (+{WarmUp} warm-up)  inbound rows={inbound} (incl. {2 * WarmUp} warm-up)  workflow finished={finished}  exactly once {(exact ? "PASS" : "FAIL")}");
        return fast && exact ? 0 : 1;
    }

    /// <summary>(phone, reply code) of every SMS the instance sent, read through the outbox API page by page.</summary>
    private static async Task<List<(string Phone, string Code)>> RepliesAsync(ServerProcess server, string instanceId, int expected)
    {
        var replies = new List<(string, string)>();
        string? before = null;
        while (replies.Count < expected)
        {
            var page = await server.Client.GetFromJsonAsync<JsonNode>($"/api/outbox?instanceId={instanceId}&limit=500{(before is null ? "" : $"&before={before}")}");
            var items = (page as JsonArray ?? page!["items"]!.AsArray()).Select(m => m!).ToList();
            if (items.Count == 0) throw new InvalidOperationException($"The outbox lists {replies.Count} messages, expected {expected}.");
            replies.AddRange(items.Select(m => (m["recipient"]!.GetValue<string>(), m["replyCode"]!.GetValue<string>())));
            before = items[^1]["id"]!.GetValue<string>();
        }
        return replies;
    }

    /// <summary>Sends the replies as signed Twilio webhooks from 8 clients; returns how many failed.</summary>
    public static async Task<int> SendAllAsync(ServerProcess server, List<(string Phone, string Code)> replies, double[]? latencies = null)
    {
        var next = -1;
        var failures = 0;
        var url = NotificationServer.PublicBaseUrl + "/api/sms/twilio/inbound";
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < replies.Count)
            {
                var form = new Dictionary<string, string>
                {
                    ["MessageSid"] = $"SM{Guid.NewGuid():N}",
                    ["AccountSid"] = "AC00000000000000000000000000000001",
                    ["From"] = replies[i].Phone,
                    ["To"] = "+15005550006",
                    ["Body"] = replies[i].Code,
                };
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/twilio/inbound") { Content = new FormUrlEncodedContent(form) };
                request.Headers.Add(TwilioSignature.Header, TwilioSignature.Compute(NotificationServer.AuthToken, url, form));
                var started = Stopwatch.GetTimestamp();
                using var response = await server.Client.SendAsync(request);
                if (latencies is not null) latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        })));
        return failures;
    }

    private static async Task<(long Confirmed, long Inbound)> CountAsync(BenchPostgres database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var confirmed = new NpgsqlCommand("""SELECT count(*) FROM ack_requests WHERE "Status" = 'Confirmed'""", connection);
        await using var inbound = new NpgsqlCommand("SELECT count(*) FROM inbound_sms", connection);
        return ((long)(await confirmed.ExecuteScalarAsync())!, (long)(await inbound.ExecuteScalarAsync())!);
    }

    public static async Task<bool> WaitFinishedAsync(ServerProcess server, string instanceId, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var instance = await server.Client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
            if (instance!["status"]!.GetValue<string>() == "Finished") return true;
            await Task.Delay(250);
        }
        return false;
    }
}
