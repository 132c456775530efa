using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Scenarios;

/// <summary>
/// The shipped incident-escalation and call-tree workflows end to end through the HTTP API, on a fake clock: people
/// hold BCM roles, an incident is declared or a call tree activated, the outbox holds the pages, and the test answers as
/// the recipients would (signed SMS replies) or lets the waits expire.
/// </summary>
public abstract class IncidentScenarioTests(NotificationScenarioServer server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static string Body(object value) => JsonSerializer.Serialize(value);

    private static string Phone() => $"+49152{Random.Shared.Next(10_000_000, 99_999_999)}";

    private static async Task<(string Id, string Phone)> PersonAsync(HttpClient client, string name)
    {
        var phone = Phone();
        return (await client.CreatePersonAsync(new { name, phone, channels = new[] { "Sms" } }), phone);
    }

    private static Task HoldAsync(HttpClient client, string role, params string[] people) =>
        client.PutJsonAsync($"/api/bcm-roles/{role}/holders", Body(people.Select((p, i) => new { personId = p, rank = i + 1 }))).ExpectAsync(HttpStatusCode.OK);

    private async Task<(string IncidentId, string InstanceId)> DeclareAsync(HttpClient client, int severity)
    {
        var created = await client.PostJsonAsync("/api/incidents",
            Body(new { title = "Flood in DC1", category = "Natural", subcategory = "Flood", severity })).ExpectAsync(HttpStatusCode.Created);
        var instanceId = created["startedInstances"]!.AsArray().Select(i => i!.GetValue<string>())
            .Single(i => client.InstanceAsync(i).Result.Str("definitionId") == "incident-escalation");
        return (created.Str("id"), instanceId);
    }

    private static async Task<List<JsonNode>> PagesAsync(HttpClient client, string instanceId) =>
        (await client.OutboxAsync(instanceId)).Select(m => m!).Where(m => m.Str("status") != "Standby").OrderBy(m => m.Str("createdAt")).ThenBy(m => m.Str("id")).ToList();

    /// <summary>The pages in level order; within a level (one burst, one timestamp) in any order.</summary>
    private static void AssertLevels(List<JsonNode> pages, params string[][] levels)
    {
        Assert.Equal(levels.Sum(l => l.Length), pages.Count);
        var at = 0;
        foreach (var level in levels)
        {
            Assert.Equal(level.Order(StringComparer.Ordinal), pages.Skip(at).Take(level.Length).Select(m => m.Str("personId")).Order(StringComparer.Ordinal));
            at += level.Length;
        }
    }

    [Fact]
    public async Task A_severity_1_incident_nobody_acknowledges_reaches_the_crisis_team_after_the_configured_waits()
    {
        var client = await Coordinator();
        var (l1, _) = await PersonAsync(client, "Level One");
        var (l2, _) = await PersonAsync(client, "Level Two");
        var (manager, _) = await PersonAsync(client, "Crisis Manager");
        var (member, _) = await PersonAsync(client, "Crisis Team Member");
        var (coordinator, _) = await PersonAsync(client, "BCM Coordinator");
        await HoldAsync(client, "incident-responder-l1", l1);
        await HoldAsync(client, "incident-responder-l2", l2);
        await HoldAsync(client, "crisis-manager", manager);
        await HoldAsync(client, "crisis-team", member);
        await HoldAsync(client, "bcm-coordinator", coordinator);

        var (incidentId, instanceId) = await DeclareAsync(client, severity: 1);
        Assert.Equal([l1], (await PagesAsync(client, instanceId)).Select(m => m.Str("personId")));

        // Severity 1 waits urgentWait (PT5M) per level: nothing moves before it has passed.
        await server.Factory.AdvanceAsync(TimeSpan.FromMinutes(4));
        Assert.Single(await PagesAsync(client, instanceId));
        await server.Factory.AdvanceAsync(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal([l1, l2], (await PagesAsync(client, instanceId)).Select(m => m.Str("personId")));
        await server.Factory.AdvanceAsync(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        AssertLevels(await PagesAsync(client, instanceId), [l1], [l2], [manager, member]);
        await server.Factory.AdvanceAsync(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        var pages = await PagesAsync(client, instanceId);
        AssertLevels(pages, [l1], [l2], [manager, member], [coordinator]);
        Assert.Equal("escalation-notice", pages[^1].Str("templateKey"));
        Assert.Equal("Finished", (await client.InstanceAsync(instanceId)).Str("status"));

        var incident = await client.GetOkAsync($"/api/incidents/{incidentId}");
        Assert.Equal("Declared", incident.Str("status"));
        var notes = incident["timeline"]!.AsArray().Where(t => t.Str("action") == "note").Select(t => t.Str("summary")).ToList();
        Assert.Contains(notes, n => n.Contains("No acknowledgement at level 1 within PT5M", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("No acknowledgement at level 2", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("No acknowledgement at level 3", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("No acknowledgement from any level", StringComparison.Ordinal));
        // The pages themselves are on the timeline too (the instance is linked to the incident).
        Assert.Equal(5, incident["timeline"]!.AsArray().Count(t => t.Str("source") == "outbox"));
    }

    [Fact]
    public async Task An_sms_reply_acknowledges_the_page_and_stops_the_escalation()
    {
        var client = await Coordinator();
        var (l1, phone) = await PersonAsync(client, "Responder");
        var (l2, _) = await PersonAsync(client, "Backup");
        await HoldAsync(client, "incident-responder-l1", l1);
        await HoldAsync(client, "incident-responder-l2", l2);

        var (incidentId, instanceId) = await DeclareAsync(client, severity: 2);
        var page = Assert.Single(await PagesAsync(client, instanceId));
        var (status, _) = await server.Anonymous().ReplyBySmsAsync(phone, page.Str("replyCode"));
        Assert.Equal(HttpStatusCode.OK, status);

        await client.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));
        var incident = await client.GetOkAsync($"/api/incidents/{incidentId}");
        Assert.Equal("Responding", incident.Str("status"));
        var change = Assert.Single(incident["timeline"]!.AsArray(), t => t.Str("action") == "status:Responding");
        Assert.Contains($"Acknowledged by person {l1} via Sms at level 1", change.Str("summary"), StringComparison.Ordinal);
        Assert.StartsWith("workflow:", change.Str("actor"), StringComparison.Ordinal);
        Assert.Contains(incident["timeline"]!.AsArray(), t => t.Str("kind") == "Acknowledgement");

        await server.Factory.AdvanceAsync(TimeSpan.FromMinutes(20));
        Assert.Equal([l1], (await PagesAsync(client, instanceId)).Select(m => m.Str("personId")));
    }

    [Fact]
    public async Task A_call_tree_whose_first_wave_misses_its_quorum_pages_the_second_and_renotifies_the_first_waves_non_responders()
    {
        var client = await Coordinator();
        var (a, phoneA) = await PersonAsync(client, "Ana First");
        var (b, _) = await PersonAsync(client, "Ben First");
        var (c, phoneC) = await PersonAsync(client, "Cai Second");
        var tree = await client.PostJsonAsync("/api/call-trees", Body(new
        {
            name = "Recovery team",
            waves = new object[]
            {
                new { name = "Leads", members = new[] { $"person:{a}", $"person:{b}" }, quorum = "All", wait = "PT10M" },
                new { name = "Engineers", members = new[] { c }, quorum = "Any", wait = "PT10M" },
            },
        })).ExpectAsync(HttpStatusCode.Created);
        var incident = await client.PostJsonAsync("/api/incidents", Body(new { title = "Power failure", category = "Technical", subcategory = "PowerFailure", severity = 3 }))
            .ExpectAsync(HttpStatusCode.Created);

        var accepted = await client.PostJsonAsync($"/api/call-trees/{tree.Str("id")}/activate", Body(new { incidentId = incident.Str("id"), message = "Go to site B" }))
            .ExpectAsync(HttpStatusCode.Accepted);
        var activationId = accepted.Str("activationId");
        var instanceId = Assert.Single(accepted["startedInstances"]!.AsArray())!.GetValue<string>();
        var wave1 = await PagesAsync(client, instanceId);
        Assert.Equal([a, b], wave1.Select(m => m.Str("personId")).Order());
        Assert.Contains("Go to site B", wave1[0].Str("body"), StringComparison.Ordinal);

        await server.Anonymous().ReplyBySmsAsync(phoneA, wave1.Single(m => m.Str("personId") == a).Str("replyCode"));
        await WorkflowApi.EventuallyAsync(async () => (await Report()).Int("confirmed") == 1 ? "" : null, TimeSpan.FromSeconds(10), "A's confirmation");
        await server.Factory.AdvanceAsync(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var wave2 = (await PagesAsync(client, instanceId)).Skip(2).ToList();
        Assert.Equal([b, c], wave2.Select(m => m.Str("personId")).Order());
        Assert.EndsWith(".w2.again", wave2.Single(m => m.Str("personId") == b).Str("activityId"), StringComparison.Ordinal);
        await server.Anonymous().ReplyBySmsAsync(phoneC, wave2.Single(m => m.Str("personId") == c).Str("replyCode"));
        await client.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));

        var report = await Report();
        Assert.Equal("QuorumNotMet", report.Str("status"));
        Assert.Equal(0.6667, report["confirmationRate"]!.GetValue<double>());
        var waves = report["waves"]!.AsArray();
        Assert.Equal((false, 1, 2), (waves[0]!["quorumMet"]!.GetValue<bool>(), waves[0]!.Int("confirmed"), waves[0]!.Int("total")));
        Assert.True(waves[1]!["quorumMet"]!.GetValue<bool>());
        Assert.NotNull(waves[1]!["startedAt"]);
        var people = report["people"]!.AsArray().ToDictionary(p => p.Str("personId"));
        Assert.Equal(("Confirmed", "Sms", "Ana First"), (people[a].Str("status"), people[a].Str("via"), people[a].Str("name")));
        Assert.NotNull(people[a]!["confirmedAt"]);
        Assert.Equal(("Pending", 1), (people[b].Str("status"), people[b].Int("wave")));
        Assert.NotNull(people[b]!["lastMessageStatus"]);
        var activations = (await client.GetOkAsync($"/api/call-trees/{tree.Str("id")}/activations")).AsArray();
        Assert.Equal((activationId, "QuorumNotMet", instanceId), (activations[0].Str("activationId"), activations[0].Str("status"), activations[0].Str("instanceId")));
        Assert.Equal(("Confirmed", 2), (people[c].Str("status"), people[c].Int("wave")));

        // The coordinator who activated it gets the report by email; the incident notes the result.
        Assert.Contains(await client.OutboxAsync(instanceId), m => m.Str("templateKey") == "calltree-report" && m.Str("recipient") == "coordinator@bcm.test");
        var timeline = (await client.GetOkAsync($"/api/incidents/{incident.Str("id")}/timeline")).AsArray();
        Assert.Contains(timeline, t => t.Str("action") == "calltree:wave:started");
        Assert.Contains(timeline, t => t.Str("action") == "note" && t.Str("summary").Contains("Recovery team finished (QuorumNotMet): 67% confirmed", StringComparison.Ordinal));

        Task<JsonNode> Report() => client.GetOkAsync($"/api/call-trees/{tree.Str("id")}/activations/{activationId}");
    }
}

public sealed class IncidentScenarioTests_Sqlite(SqliteNotificationScenarioServer server)
    : IncidentScenarioTests(server), IClassFixture<SqliteNotificationScenarioServer>;

public sealed class IncidentScenarioTests_Postgres(PostgresNotificationScenarioServer server)
    : IncidentScenarioTests(server), IClassFixture<PostgresNotificationScenarioServer>;
