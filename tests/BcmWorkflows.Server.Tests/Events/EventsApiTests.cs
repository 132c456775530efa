using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Events;

/// <summary><c>POST /api/events/{name}</c>: resuming waits (with correlation), starting triggered definitions, concurrency.</summary>
public abstract class EventsApiTests(ServerFixture server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToArray();

    [Fact]
    public async Task An_event_resumes_every_matching_wait_and_delivers_its_payload()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("resume");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, eventName));
        var first = await client.StartIdAsync(id);
        var second = await client.StartIdAsync(id);

        var raised = await client.RaiseAsync(eventName, new { payload = new { by = "alice", level = 2 } });
        raised.HasFields("resumed", "started");
        Assert.Equal(new[] { first, second }.Order(), Strings(raised["resumed"]).Order());
        Assert.Empty(raised["started"]!.AsArray());

        foreach (var instanceId in new[] { first, second })
        {
            var instance = await client.InstanceAsync(instanceId);
            Assert.Equal("Finished", instance.Str("status"));
            Assert.Equal("alice", instance["variables"]!["received"].Str("by"));
            Assert.Equal(2, instance["variables"]!["received"].Int("level"));
        }
        Assert.Empty((await client.RaiseAsync(eventName))["resumed"]!.AsArray());
    }

    [Fact]
    public async Task An_event_with_a_correlation_id_resumes_only_the_matching_wait()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("corr");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, eventName, correlate: true));
        var one = await client.StartIdAsync(id, new { correlationId = $"{id}-1" });
        var two = await client.StartIdAsync(id, new { correlationId = $"{id}-2" });

        Assert.Empty((await client.RaiseAsync(eventName, new { correlationId = $"{id}-3" }))["resumed"]!.AsArray());
        Assert.Empty((await client.RaiseAsync(eventName))["resumed"]!.AsArray());
        Assert.Equal([one], Strings((await client.RaiseAsync(eventName, new { correlationId = $"{id}-1" }))["resumed"]));

        Assert.Equal("Finished", (await client.InstanceAsync(one)).Str("status"));
        var waiting = await client.InstanceAsync(two);
        Assert.Equal("Suspended", waiting.Str("status"));
        Assert.Equal($"{id}-2", Assert.Single(waiting["bookmarks"]!.AsArray())!["correlationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_event_starts_published_definitions_with_a_matching_trigger()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("trig");
        var eventName = $"start-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, $"next-{id}", correlate: true, eventTrigger: eventName));

        var raised = await client.RaiseAsync(eventName, new { correlationId = "INC-9", payload = new { severity = 1 } });
        Assert.Empty(raised["resumed"]!.AsArray());
        var started = Assert.Single(Strings(raised["started"]));

        var instance = await client.InstanceAsync(started);
        Assert.Equal(id, instance.Str("definitionId"));
        Assert.Equal("INC-9", instance.Str("correlationId"));
        Assert.Equal(1, instance["input"].Int("severity"));
        Assert.Equal("Suspended", instance.Str("status"));

        // The started instance waits on its own correlation id.
        Assert.Equal([started], Strings((await client.RaiseAsync($"next-{id}", new { correlationId = "INC-9" }))["resumed"]));
    }

    [Fact]
    public async Task A_triggered_definition_that_refuses_the_payload_as_input_is_named_with_the_reason()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("needs");
        var eventName = $"start-{id}";
        var body = JsonNode.Parse(Workflows.Simple(id, eventTrigger: eventName))!.AsObject();
        body["inputs"] = new JsonArray(new JsonObject { ["name"] = "must", ["type"] = "Number", ["required"] = true });
        await client.DeployAsync(body.ToJsonString());

        var raised = await client.RaiseAsync(eventName, new { payload = new { other = 1 } });

        Assert.Empty(raised["started"]!.AsArray());
        var refused = Assert.Single(raised["notStarted"]!.AsArray())!;
        Assert.Equal(id, refused.Str("definitionId"));
        Assert.Contains("input", refused.Str("reason"), StringComparison.Ordinal);
        Assert.NotEmpty(refused["errors"]!.AsObject());
        Assert.Empty((await client.GetOkAsync($"/api/workflow-instances?definitionId={id}")).AsArray());
        // With the input it needs, the same event starts it.
        Assert.Single((await client.RaiseAsync(eventName, new { payload = new { must = 2 } }))["started"]!.AsArray());
    }

    [Fact]
    public async Task Retracted_and_draft_only_definitions_are_not_started_by_events()
    {
        var client = await Coordinator();
        var retracted = WorkflowApi.NewId("retracted");
        var draft = WorkflowApi.NewId("draftonly");
        var eventName = $"start-{retracted}";
        await client.DeployAsync(Workflows.Simple(retracted, eventTrigger: eventName));
        await client.PostEmptyAsync($"{WorkflowApi.DefinitionUrl(retracted)}/retract").ExpectAsync(HttpStatusCode.OK);
        await client.SaveAsync(Workflows.Simple(draft, eventTrigger: eventName));

        var raised = await client.RaiseAsync(eventName);
        Assert.Empty(raised["started"]!.AsArray());
        Assert.Empty((await client.GetOkAsync($"/api/workflow-instances?definitionId={retracted}")).AsArray());
        Assert.Empty((await client.GetOkAsync($"/api/workflow-instances?definitionId={draft}")).AsArray());

        // Published again, the trigger works again.
        await client.PublishAsync(retracted);
        Assert.Single((await client.RaiseAsync(eventName))["started"]!.AsArray());
    }

    [Fact]
    public async Task A_new_draft_does_not_change_the_published_versions_trigger()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("trigver");
        var oldEvent = $"old-{id}";
        await client.DeployAsync(Workflows.Simple(id, eventTrigger: oldEvent));
        await client.SaveAsync(Workflows.Simple(id, eventTrigger: $"new-{id}"));

        Assert.Empty((await client.RaiseAsync($"new-{id}"))["started"]!.AsArray());
        var started = Assert.Single(Strings((await client.RaiseAsync(oldEvent))["started"]));
        Assert.Equal(1, (await client.InstanceAsync(started)).Int("definitionVersion"));
    }

    [Fact]
    public async Task An_empty_body_is_allowed()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("empty");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, eventName));
        var instanceId = await client.StartIdAsync(id);

        var raised = await client.PostEmptyAsync($"/api/events/{eventName}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([instanceId], Strings(raised["resumed"]));
        Assert.Empty(raised["started"]!.AsArray());
        Assert.Equal("Finished", (await client.InstanceAsync(instanceId)).Str("status"));
    }

    [Fact]
    public async Task An_event_nobody_waits_for_is_200_with_empty_lists()
    {
        var client = await Coordinator();
        var raised = await client.RaiseAsync($"nobody-{Guid.NewGuid():N}");
        Assert.Empty(raised["resumed"]!.AsArray());
        Assert.Empty(raised["started"]!.AsArray());
        Assert.Empty(raised["notStarted"]!.AsArray());
    }

    [Fact]
    public async Task Twenty_parallel_events_to_one_looping_instance_lose_no_update()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("loop");
        var eventName = $"tick-{id}";
        await client.DeployAsync(Workflows.CountingLoop(id, eventName));
        var instanceId = await client.StartIdAsync(id);

        const int events = 20;
        using var start = new SemaphoreSlim(0);
        var calls = Enumerable.Range(0, events).Select(async _ =>
        {
            await start.WaitAsync();
            return await client.RaiseAsync(eventName);
        }).ToList();
        start.Release(events);
        await Task.WhenAll(calls);

        // Events that arrived mid-burst are delivered after the burst commits: wait until the count settles.
        var watch = Stopwatch.StartNew();
        JsonNode instance;
        do
        {
            instance = await client.InstanceAsync(instanceId);
            if (instance["variables"].Int("count") >= events) break;
            await Task.Delay(100);
        }
        while (watch.Elapsed < TimeSpan.FromSeconds(15));

        Assert.Equal(events, instance["variables"].Int("count"));
        Assert.Equal("Suspended", instance.Str("status"));
        Assert.Single(instance["bookmarks"]!.AsArray());
        var journal = await client.JournalAsync(instanceId);
        Assert.Equal(events, journal.Count(e => e!.Str("activityId") == "inc" && e.Str("event") == "Completed"));
    }
}

public sealed class EventsApiTests_Sqlite(SqliteServer server) : EventsApiTests(server), IClassFixture<SqliteServer>;

public sealed class EventsApiTests_Postgres(PostgresServer server) : EventsApiTests(server), IClassFixture<PostgresServer>;
