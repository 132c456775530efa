using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Fault.Tests.Harness;
using BcmWorkflows.TestSupport;
using Xunit.Abstractions;

namespace BcmWorkflows.Fault.Tests;

/// <summary>
/// One real server process runs a two-wave call tree and is killed with SIGKILL twice: right after the first wave's
/// emails went out, and right after the first confirmations were answered (their wake-ups may still be queued in the
/// dead process). Each time it restarts on the same database (SQLite: the same file). The waves wait ten minutes, so
/// only a confirmation that survived the kill — not a timer — can complete the tree within the test.
/// </summary>
public abstract class CallTreeNodeRestartTests(string provider, ITestOutputHelper output)
{
    [Fact]
    public async Task A_call_tree_completes_with_every_confirmation_counted_when_its_node_is_killed_and_restarted_twice()
    {
        await using var cluster = await FaultCluster.StartAsync(provider, 1, $"calltree-{provider.ToLowerInvariant()}");
        var client = cluster.Client;
        var node = cluster.Nodes[0];
        var people = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            var created = await client.SendAsync(HttpMethod.Post, "/api/people", new { name = $"Responder {i}", email = $"responder{i}@fault.test", channels = new[] { "Email" } });
            Assert.Equal(HttpStatusCode.Created, created.Status);
            people.Add(Str(created.Json, "id"));
        }
        var tree = await client.SendAsync(HttpMethod.Post, "/api/call-trees", new
        {
            name = "Recovery team",
            waves = new object[]
            {
                new { name = "Leads", members = new[] { people[0], people[1] }, quorum = "All", wait = "PT10M" },
                new { name = "Engineers", members = new[] { people[2], people[3] }, quorum = "All", wait = "PT10M" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, tree.Status);
        var treeId = Str(tree.Json, "id");

        await using var acks = new AckPump(cluster.Smtp, client);
        acks.Start();
        var clock = Stopwatch.StartNew();
        var activated = await client.SendAsync(HttpMethod.Post, $"/api/call-trees/{treeId}/activate", new { message = "Go to site B" });
        Assert.Equal(HttpStatusCode.Accepted, activated.Status);
        var activationId = Str(activated.Json, "activationId");
        var instanceId = activated.Json!["startedInstances"]!.AsArray().Single()!.GetValue<string>();

        await Eventually.HoldsAsync(() => Task.FromResult((acks.Distinct >= 2, $"{acks.Distinct} emails")), TimeSpan.FromMinutes(1), "the first wave's emails");
        var firstRestart = await KillAndRestartAsync(node);
        await Eventually.HoldsAsync(() => Task.FromResult((acks.Confirmed >= 2, $"{acks.Confirmed} confirmed")), TimeSpan.FromMinutes(1), "the first wave's confirmations");
        var secondRestart = await KillAndRestartAsync(node);

        JsonNode report = new JsonObject();
        await Eventually.HoldsAsync(async () =>
        {
            report = await client.GetOkAsync($"/api/call-trees/{treeId}/activations/{activationId}");
            return (Str(report, "status") == "Completed", $"{report.ToJsonString()[..Math.Min(300, report.ToJsonString().Length)]}, {acks.Distinct} emails, {acks.Confirmed} confirmed");
        }, TimeSpan.FromMinutes(3), "the call tree completed", TimeSpan.FromSeconds(1));
        var completedAfter = clock.Elapsed;

        var instance = await client.GetOkAsync($"/api/workflow-instances/{instanceId}");
        var confirmedPeople = report["people"]!.AsArray().Where(p => Str(p, "status") == "Confirmed").Select(p => Str(p, "personId")).Order().ToList();
        var figures = $"[calltree {provider}] 1 node SIGKILLed twice (restarts ready in {Seconds(firstRestart)} and {Seconds(secondRestart)}): "
            + $"tree {Str(report, "status")} in {Seconds(completedAfter)}, {confirmedPeople.Count} of 4 confirmed, {acks.Distinct} emails, "
            + $"{acks.Duplicates} duplicate copies, links refused {acks.Refused.Count}";
        output.WriteLine(figures);
        await File.AppendAllTextAsync(Path.Combine(ServerNode.LogFolder, "figures.txt"), figures + Environment.NewLine);

        Assert.Equal("Finished", Str(instance, "status"));
        Assert.Equal(people.Order(), confirmedPeople);
        Assert.Equal(4, acks.Distinct);
        Assert.Equal(4, acks.Confirmed);
        Assert.Empty(acks.Refused);
    }

    private static async Task<TimeSpan> KillAndRestartAsync(ServerNode node)
    {
        node.Kill();
        var watch = Stopwatch.StartNew();
        await node.StartAsync();
        return watch.Elapsed;
    }

    private static string Str(JsonNode? node, string field) => node?[field]?.GetValue<string>() ?? "";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}

public sealed class CallTreeNodeRestartTests_Sqlite(ITestOutputHelper output) : CallTreeNodeRestartTests(TestDatabase.Sqlite, output);

public sealed class CallTreeNodeRestartTests_Postgres(ITestOutputHelper output) : CallTreeNodeRestartTests(TestDatabase.Postgres, output);
