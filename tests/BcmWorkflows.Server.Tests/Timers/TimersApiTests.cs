using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Timers;

/// <summary>
/// Delays and wait timeouts on a fake clock: the test advances time and runs the maintenance sweep's
/// <c>FireDueTimersAsync</c>, as the server's job does on real time.
/// </summary>
public abstract class TimersApiTests(ServerFixture server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private BcmServerFactory Factory => server.Factory;

    private static DateTimeOffset Time(JsonNode? node, string name) => DateTimeOffset.Parse(node.Str(name), CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_delay_suspends_on_a_timer_and_finishes_once_time_has_passed()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("delay");
        await client.DeployAsync(Workflows.Delay(id, "PT15M"));
        var startedAt = Factory.Clock!.GetUtcNow();
        var instanceId = await client.StartIdAsync(id);

        var instance = await client.InstanceAsync(instanceId);
        Assert.Equal("Suspended", instance.Str("status"));
        var timer = Assert.Single(instance["bookmarks"]!.AsArray());
        timer.HasFields("id", "activityId", "type", "dueAt");
        Assert.Equal(("delay", "Timer"), (timer.Str("activityId"), timer.Str("type")));
        Assert.Equal(startedAt + TimeSpan.FromMinutes(15), Time(timer, "dueAt"));

        await Factory.AdvanceAsync(TimeSpan.FromMinutes(14));
        Assert.Equal("Suspended", (await client.InstanceAsync(instanceId)).Str("status"));

        await Factory.AdvanceAsync(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var finished = await client.InstanceAsync(instanceId);
        Assert.Equal("Finished", finished.Str("status"));
        Assert.True(finished["variables"]!["done"]!.GetValue<bool>());
        Assert.Empty(finished["bookmarks"]!.AsArray());
        // PostgreSQL keeps microseconds, the clock has ticks.
        Assert.Equal(Factory.Clock.GetUtcNow(), Time(finished, "finishedAt"), TimeSpan.FromMilliseconds(1));
        Assert.Contains(await client.JournalAsync(instanceId), e => e!.Str("activityId") == "delay" && e.Str("event") == "Resumed");
    }

    [Fact]
    public async Task A_wait_that_times_out_continues_on_TimedOut()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("timeout");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitWithTimeout(id, eventName, "PT10M"));
        var instanceId = await client.StartIdAsync(id);

        var bookmarks = (await client.InstanceAsync(instanceId))["bookmarks"]!.AsArray();
        Assert.Equal(["Event", "Timer"], bookmarks.Select(b => b!.Str("type")).Order());
        Assert.Equal(eventName, bookmarks.Single(b => b!.Str("type") == "Event").Str("eventName"));

        await Factory.AdvanceAsync(TimeSpan.FromMinutes(11));
        var finished = await client.InstanceAsync(instanceId);
        Assert.Equal("Finished", finished.Str("status"));
        Assert.Equal("TimedOut", finished["variables"].Str("path"));
        Assert.Empty(finished["bookmarks"]!.AsArray());
        Assert.Empty((await client.RaiseAsync(eventName))["resumed"]!.AsArray());
    }

    [Fact]
    public async Task An_event_before_the_timeout_wins_and_removes_the_timer()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("intime");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitWithTimeout(id, eventName, "PT10M"));
        var instanceId = await client.StartIdAsync(id);

        await Factory.AdvanceAsync(TimeSpan.FromMinutes(5));
        await client.RaiseAsync(eventName);
        var received = await client.InstanceAsync(instanceId);
        Assert.Equal(("Finished", "Received"), (received.Str("status"), received["variables"].Str("path")));
        Assert.Empty(received["bookmarks"]!.AsArray());

        await Factory.AdvanceAsync(TimeSpan.FromMinutes(20));
        var later = await client.InstanceAsync(instanceId);
        Assert.Equal("Received", later["variables"].Str("path"));
        Assert.Equal(received.Str("updatedAt"), later.Str("updatedAt"));
    }

    [Fact]
    public async Task The_shipped_incident_triage_escalates_on_timeouts_and_closes_on_its_event()
    {
        var client = await Coordinator();
        var incident = WorkflowApi.NewId("INC");
        var raised = await client.RaiseAsync("incident.triage.requested", new { correlationId = incident, payload = new { severity = 1, title = "Flood" } });
        var instanceId = Assert.Single(raised["started"]!.AsArray())!.GetValue<string>();

        var waiting = await client.InstanceAsync(instanceId);
        Assert.Equal(("incident-triage", "Suspended", incident), (waiting.Str("definitionId"), waiting.Str("status"), waiting.Str("correlationId")));
        Assert.Equal("PT5M", waiting["variables"].Str("ackWait"));
        var timer = waiting["bookmarks"]!.AsArray().Single(b => b!.Str("type") == "Timer");
        Assert.Equal(Factory.Clock!.GetUtcNow() + TimeSpan.FromMinutes(5), Time(timer, "dueAt"));

        // Nobody acknowledges: every 5 minutes one level up, and past level 3 the crisis team.
        for (var level = 2; level <= 4; level++)
        {
            await Factory.AdvanceAsync(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
            Assert.Equal(level, (await client.InstanceAsync(instanceId))["variables"].Int("level"));
        }
        var journal = await client.JournalAsync(instanceId);
        Assert.Contains(journal, e => e!.Str("activityId") == "crisisTeam" && e!["message"]?.GetValue<string>()?.Contains(incident, StringComparison.Ordinal) == true);
        Assert.Equal("awaitClose", Assert.Single((await client.InstanceAsync(instanceId))["bookmarks"]!.AsArray())!.Str("activityId"));

        Assert.Empty((await client.RaiseAsync("incident.closed", new { correlationId = "another-incident" }))["resumed"]!.AsArray());
        Assert.Equal([instanceId], (await client.RaiseAsync("incident.closed", new { correlationId = incident }))["resumed"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("Finished", (await client.InstanceAsync(instanceId)).Str("status"));
    }

    [Fact]
    public async Task The_shipped_incident_triage_stops_escalating_when_acknowledged()
    {
        var client = await Coordinator();
        var incident = WorkflowApi.NewId("INC");
        var raised = await client.RaiseAsync("incident.triage.requested", new { correlationId = incident, payload = new { severity = 2 } });
        var instanceId = raised["started"]![0]!.GetValue<string>();
        Assert.Equal("PT15M", (await client.InstanceAsync(instanceId))["variables"].Str("ackWait"));

        await Factory.AdvanceAsync(TimeSpan.FromMinutes(16));
        Assert.Equal(2, (await client.InstanceAsync(instanceId))["variables"].Int("level"));
        await client.RaiseAsync("incident.acknowledged", new { correlationId = incident, payload = new { by = "dana" } });

        await Factory.AdvanceAsync(TimeSpan.FromHours(2));
        var instance = await client.InstanceAsync(instanceId);
        Assert.Equal(2, instance["variables"].Int("level"));
        Assert.Equal("awaitClose", Assert.Single(instance["bookmarks"]!.AsArray())!.Str("activityId"));
        Assert.Contains(await client.JournalAsync(instanceId), e => e!["message"]?.GetValue<string>() == "Acknowledged at level 2 by dana.");
    }
}

public sealed class TimersApiTests_Sqlite(SqliteServerWithFakeClock server) : TimersApiTests(server), IClassFixture<SqliteServerWithFakeClock>;

public sealed class TimersApiTests_Postgres(PostgresServerWithFakeClock server) : TimersApiTests(server), IClassFixture<PostgresServerWithFakeClock>;
