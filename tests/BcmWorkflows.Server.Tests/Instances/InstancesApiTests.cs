using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Instances;

/// <summary>Starting, reading, listing, cancelling and retrying instances; pinned definition versions.</summary>
public abstract class InstancesApiTests(ServerFixture server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static string Url(string id) => WorkflowApi.DefinitionUrl(id);

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToArray();

    [Fact]
    public async Task Start_runs_the_published_version_and_answers_201()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("start");
        await client.DeployAsync(Workflows.Simple(id));

        using var response = await client.PostJsonAsync($"{Url(id)}/instances", "{}");
        var body = await Api.ExpectAsync(response, HttpStatusCode.Created);
        body.HasFields("instanceId", "status", "definitionVersion");
        Assert.Equal("Finished", body.Str("status"));
        Assert.Equal(1, body.Int("definitionVersion"));
        Assert.EndsWith(body.Str("instanceId"), response.Headers.Location!.ToString(), StringComparison.Ordinal);

        // An empty body is a start without input.
        using var empty = await client.PostEmptyAsync($"{Url(id)}/instances");
        Assert.Equal(HttpStatusCode.Created, empty.StatusCode);
    }

    [Fact]
    public async Task Start_of_an_unknown_definition_is_404()
    {
        var client = await Coordinator();
        await client.PostJsonAsync($"{Url(WorkflowApi.NewId("ghost"))}/instances", "{}").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Start_with_only_a_draft_is_409_but_a_named_version_starts()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("draft");
        await client.SaveAsync(Workflows.Simple(id));

        await client.PostJsonAsync($"{Url(id)}/instances", "{}").ProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty((await client.GetOkAsync($"/api/workflow-instances?definitionId={id}")).AsArray());

        var started = await client.StartAsync(id, new { version = 1 });
        Assert.Equal(1, started.Int("definitionVersion"));
        Assert.Equal("Finished", started.Str("status"));
        await client.PostJsonAsync($"{Url(id)}/instances", """{ "version": 2 }""").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Start_with_a_version_runs_that_version_even_when_another_is_published()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("pick");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, eventName, marker: "v1"));
        await client.SaveAsync(Workflows.WaitForEvent(id, eventName, marker: "v2"));

        var published = await client.StartAsync(id);
        var draft = await client.StartAsync(id, new { version = 2 });
        Assert.Equal(1, published.Int("definitionVersion"));
        Assert.Equal(2, draft.Int("definitionVersion"));
        Assert.Equal("v1", (await client.InstanceAsync(published.Str("instanceId")))["variables"].Str("before"));
        Assert.Equal("v2", (await client.InstanceAsync(draft.Str("instanceId")))["variables"].Str("before"));
    }

    [Fact]
    public async Task An_instance_shows_every_contract_field()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("fields");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, eventName, correlate: true));
        var instanceId = await client.StartIdAsync(id, new { input = new { a = 1, b = "two" }, correlationId = "corr-1" });

        var instance = await client.InstanceAsync(instanceId);
        instance.HasFields("instanceId", "definitionId", "definitionVersion", "status", "correlationId", "input", "variables",
            "bookmarks", "incidents", "createdAt", "updatedAt", "finishedAt");
        Assert.Equal(instanceId, instance.Str("instanceId"));
        Assert.Equal(id, instance.Str("definitionId"));
        Assert.Equal(1, instance.Int("definitionVersion"));
        Assert.Equal("Suspended", instance.Str("status"));
        Assert.Equal("corr-1", instance.Str("correlationId"));
        Assert.Equal(1, instance["input"].Int("a"));
        Assert.Equal("two", instance["input"].Str("b"));
        var variables = Assert.IsType<JsonObject>(instance["variables"]);
        Assert.Equal("v1", variables.Str("before"));
        Assert.Empty(instance["incidents"]!.AsArray());
        Assert.Null(instance["finishedAt"]);
        var createdAt = DateTimeOffset.Parse(instance.Str("createdAt"), CultureInfo.InvariantCulture);
        Assert.True(createdAt <= DateTimeOffset.Parse(instance.Str("updatedAt"), CultureInfo.InvariantCulture));

        var bookmark = Assert.Single(instance["bookmarks"]!.AsArray());
        bookmark.HasFields("id", "activityId", "type", "eventName");
        Assert.Equal("wait", bookmark.Str("activityId"));
        Assert.Equal("Event", bookmark.Str("type"));
        Assert.Equal(eventName, bookmark.Str("eventName"));
        Assert.False(string.IsNullOrEmpty(bookmark.Str("id")));

        await client.RaiseAsync(eventName, new { correlationId = "corr-1", payload = new { ok = true } });
        var finished = await client.InstanceAsync(instanceId);
        Assert.Equal("Finished", finished.Str("status"));
        Assert.Empty(finished["bookmarks"]!.AsArray());
        Assert.NotNull(finished["finishedAt"]);
        Assert.True(finished["variables"]!["received"]!["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task List_filters_and_pages_newest_first()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("list");
        var other = WorkflowApi.NewId("list-other");
        await client.DeployAsync(Workflows.WaitForEvent(id, $"go-{id}"));
        await client.DeployAsync(Workflows.Simple(other));
        var first = await client.StartIdAsync(id, new { correlationId = $"{id}-a" });
        var second = await client.StartIdAsync(id, new { correlationId = $"{id}-b" });
        var third = await client.StartIdAsync(id, new { correlationId = $"{id}-a" });
        await client.StartIdAsync(other);
        await client.PostEmptyAsync($"/api/workflow-instances/{second}/cancel").ExpectAsync(HttpStatusCode.OK);

        using (var response = await client.GetAsync($"/api/workflow-instances?definitionId={id}"))
        {
            var all = (await Api.ExpectAsync(response, HttpStatusCode.OK)).AsArray();
            Assert.Equal([third, second, first], all.Select(i => i!.Str("instanceId")));
            Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
            all[0].HasFields("instanceId", "definitionId", "definitionVersion", "status", "correlationId", "createdAt");
        }
        Assert.Equal([third, first], (await client.GetOkAsync($"/api/workflow-instances?definitionId={id}&status=Suspended")).AsArray().Select(i => i!.Str("instanceId")));
        Assert.Equal([second], (await client.GetOkAsync($"/api/workflow-instances?definitionId={id}&status=Cancelled")).AsArray().Select(i => i!.Str("instanceId")));
        Assert.Equal([third, first], (await client.GetOkAsync($"/api/workflow-instances?correlationId={id}-a")).AsArray().Select(i => i!.Str("instanceId")));
        Assert.Equal([third, second], (await client.GetOkAsync($"/api/workflow-instances?definitionId={id}&page=1&pageSize=2")).AsArray().Select(i => i!.Str("instanceId")));
        Assert.Equal([first], (await client.GetOkAsync($"/api/workflow-instances?definitionId={id}&page=2&pageSize=2")).AsArray().Select(i => i!.Str("instanceId")));
        Assert.Empty((await client.GetOkAsync($"/api/workflow-instances?definitionId={id}&page=3&pageSize=2")).AsArray());
    }

    [Fact]
    public async Task The_journal_records_started_suspended_resumed_and_completed_in_order()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("journal");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, eventName));
        var instanceId = await client.StartIdAsync(id);
        await client.RaiseAsync(eventName);

        var journal = await client.JournalAsync(instanceId);
        foreach (var entry in journal) entry.HasFields("sequence", "at", "activityId", "activityType", "event");
        var sequences = journal.Select(e => e!["sequence"]!.GetValue<long>()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());

        var events = journal.Select(e => $"{e!.Str("activityId")}:{e.Str("activityType")}:{e.Str("event")}:{e!["outcome"]?.GetValue<string>()}").ToList();
        Assert.Equal(
        [
            "before:SetVariable:Started:", "before:SetVariable:Completed:Done",
            "wait:WaitForEvent:Started:", "wait:WaitForEvent:Suspended:",
            "wait:WaitForEvent:Resumed:", "wait:WaitForEvent:Completed:Received",
            "after:SetVariable:Started:", "after:SetVariable:Completed:Done",
            "keep:SetVariable:Started:", "keep:SetVariable:Completed:Done",
        ], events);
    }

    [Fact]
    public async Task A_log_activity_writes_its_message_to_the_journal()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("log");
        await client.DeployAsync(Workflows.Simple(id, "hello journal"));
        var instanceId = await client.StartIdAsync(id);
        var completed = (await client.JournalAsync(instanceId)).Single(e => e!.Str("event") == "Completed");
        Assert.Equal("hello journal", completed.Str("message"));
        Assert.Equal("Log", completed.Str("activityType"));
    }

    [Fact]
    public async Task Cancel_removes_bookmarks_and_cancelling_again_is_409()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("cancel");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, eventName));
        var instanceId = await client.StartIdAsync(id);

        var cancelled = await client.PostEmptyAsync($"/api/workflow-instances/{instanceId}/cancel").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.Str("status"));
        var instance = await client.InstanceAsync(instanceId);
        Assert.Equal("Cancelled", instance.Str("status"));
        Assert.Empty(instance["bookmarks"]!.AsArray());
        Assert.NotNull(instance["finishedAt"]);
        Assert.Contains(await client.JournalAsync(instanceId), e => e!.Str("event") == "Cancelled");

        await client.PostEmptyAsync($"/api/workflow-instances/{instanceId}/cancel").ProblemAsync(HttpStatusCode.Conflict);
        var raised = await client.RaiseAsync(eventName);
        Assert.Empty(raised["resumed"]!.AsArray());
        Assert.Equal("Cancelled", (await client.InstanceAsync(instanceId)).Str("status"));
    }

    [Fact]
    public async Task Cancelling_a_finished_instance_is_409()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("done");
        await client.DeployAsync(Workflows.Simple(id));
        var instanceId = await client.StartIdAsync(id);
        await client.PostEmptyAsync($"/api/workflow-instances/{instanceId}/cancel").ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Finished", (await client.InstanceAsync(instanceId)).Str("status"));
    }

    [Fact]
    public async Task A_fault_activity_faults_the_instance_with_an_incident_and_retry_runs_it_again()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("fault");
        await client.DeployAsync(Workflows.Fault(id));
        var started = await client.StartAsync(id, new { input = new { what = "disk full" } });
        Assert.Equal("Faulted", started.Str("status"));
        var instanceId = started.Str("instanceId");

        var instance = await client.InstanceAsync(instanceId);
        Assert.Equal("Faulted", instance.Str("status"));
        var incident = Assert.Single(instance["incidents"]!.AsArray());
        incident.HasFields("activityId", "message", "at");
        Assert.Equal("boom", incident.Str("activityId"));
        Assert.Equal("Boom: disk full", incident.Str("message"));
        var faulted = Assert.Single(await client.JournalAsync(instanceId), e => e!.Str("event") == "Faulted");
        Assert.Equal("Boom: disk full", faulted.Str("message"));

        var retried = await client.PostEmptyAsync($"/api/workflow-instances/{instanceId}/retry").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Faulted", retried.Str("status")); // the Fault activity ran again and faulted again
        var journal = await client.JournalAsync(instanceId);
        Assert.Equal(2, journal.Count(e => e!.Str("activityId") == "boom" && e.Str("event") == "Started"));
        Assert.Equal(2, journal.Count(e => e!.Str("event") == "Faulted"));
        Assert.Single(journal, e => e!.Str("activityId") == "log" && e.Str("event") == "Started");
        Assert.Equal(2, (await client.InstanceAsync(instanceId))["incidents"]!.AsArray().Count);
    }

    [Fact]
    public async Task Retrying_an_instance_that_did_not_fault_is_409()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("noretry");
        await client.DeployAsync(Workflows.Simple(id));
        var instanceId = await client.StartIdAsync(id);
        await client.PostEmptyAsync($"/api/workflow-instances/{instanceId}/retry").ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_missing_or_mistyped_required_input_is_400_and_starts_nothing()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("input");
        await client.DeployAsync(Workflows.RequiredInput(id));

        Assert.Contains("$.input.incidentId", (await client.PostJsonAsync($"{Url(id)}/instances", "{}").ValidationErrorsAsync()).Keys);
        Assert.Contains("$.input.incidentId", (await client.PostJsonAsync($"{Url(id)}/instances", """{ "input": { "incidentId": 42 } }""").ValidationErrorsAsync()).Keys);
        Assert.Empty((await client.GetOkAsync($"/api/workflow-instances?definitionId={id}")).AsArray());

        var instanceId = await client.StartIdAsync(id, new { input = new { incidentId = "INC-7" } });
        var instance = await client.InstanceAsync(instanceId);
        Assert.Equal("Finished", instance.Str("status"));
        Assert.Equal("INC-7", instance["variables"].Str("incident"));
    }

    [Fact]
    public async Task An_instance_keeps_its_version_through_later_edits_publishes_and_a_retract()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("pinned");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, eventName, marker: "v1"));
        var early = await client.StartIdAsync(id);
        var late = await client.StartIdAsync(id);

        // Edit the draft: the running instances still follow v1's graph.
        await client.SaveAsync(Workflows.WaitForEvent(id, $"other-{id}", marker: "v2"));
        await client.RaiseAsync(eventName, new { correlationId = (string?)null });
        var earlyDone = await client.InstanceAsync(early);
        Assert.Equal("Finished", earlyDone.Str("status"));
        Assert.Equal("v1", earlyDone["variables"].Str("after"));
        Assert.Equal(1, earlyDone.Int("definitionVersion"));
        Assert.Equal("Finished", (await client.InstanceAsync(late)).Str("status"));

        var pinned = await client.StartIdAsync(id);
        Assert.Equal(2, (await client.PublishAsync(id)).Int("version"));
        var onV2 = await client.StartIdAsync(id);
        await client.PostEmptyAsync($"{Url(id)}/retract").ExpectAsync(HttpStatusCode.OK);

        var raised = await client.RaiseAsync(eventName);
        Assert.Equal([pinned], Strings(raised["resumed"]));
        var pinnedDone = await client.InstanceAsync(pinned);
        Assert.Equal(("Finished", 1, "v1"), (pinnedDone.Str("status"), pinnedDone.Int("definitionVersion"), pinnedDone["variables"].Str("after")));
        var snapshot = await client.GetOkAsync($"/api/workflow-instances/{pinned}/definition");
        Assert.Equal(eventName, snapshot["root"]!["activities"]![1]!["inputs"]!["eventName"]!.Str("value"));

        Assert.Equal([onV2], Strings((await client.RaiseAsync($"other-{id}"))["resumed"]));
        var v2Done = await client.InstanceAsync(onV2);
        Assert.Equal(("Finished", 2, "v2"), (v2Done.Str("status"), v2Done.Int("definitionVersion"), v2Done["variables"].Str("after")));
    }

    [Theory]
    [InlineData(2, "both")]
    [InlineData(0, "neither")]
    public async Task Switch_branches_run_in_parallel_join_and_decide(int n, string expected)
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("flow");
        await client.DeployAsync($$"""
        {
          "definitionId": "{{id}}", "name": "Flow",
          "inputs": [ { "name": "n", "type": "Number", "required": true } ],
          "variables": [ { "name": "a", "type": "String" }, { "name": "b", "type": "String" }, { "name": "result", "type": "String" } ],
          "root": { "type": "Flowchart",
            "activities": [
              { "id": "route", "type": "Switch", "inputs": {
                  "mode": { "type": "Literal", "value": "MatchAny" },
                  "cases": { "type": "Literal", "value": [ { "name": "A", "condition": "input.n > 0" }, { "name": "B", "condition": "input.n > 1" } ] } } },
              { "id": "a", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "a" }, "value": { "type": "Literal", "value": "yes" } } },
              { "id": "b", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "b" }, "value": { "type": "Literal", "value": "yes" } } },
              { "id": "join", "type": "Join", "inputs": { "mode": { "type": "Literal", "value": "WaitAll" } } },
              { "id": "decide", "type": "Decision", "inputs": { "condition": { "type": "Scriban", "value": "variables.a == 'yes' && variables.b == 'yes'" } } },
              { "id": "both", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "result" }, "value": { "type": "Literal", "value": "both" } } },
              { "id": "neither", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "result" }, "value": { "type": "Literal", "value": "neither" } } },
              { "id": "stop", "type": "End" }
            ],
            "connections": [
              { "source": { "activity": "route", "port": "A" }, "target": { "activity": "a" } },
              { "source": { "activity": "route", "port": "B" }, "target": { "activity": "b" } },
              { "source": { "activity": "route", "port": "Default" }, "target": { "activity": "decide" } },
              { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "join" } },
              { "source": { "activity": "b", "port": "Done" }, "target": { "activity": "join" } },
              { "source": { "activity": "join", "port": "Done" }, "target": { "activity": "decide" } },
              { "source": { "activity": "decide", "port": "True" }, "target": { "activity": "both" } },
              { "source": { "activity": "decide", "port": "False" }, "target": { "activity": "neither" } },
              { "source": { "activity": "both", "port": "Done" }, "target": { "activity": "stop" } },
              { "source": { "activity": "neither", "port": "Done" }, "target": { "activity": "stop" } }
            ] } }
        """);

        var instance = await client.InstanceAsync(await client.StartIdAsync(id, new { input = new { n } }));
        Assert.Equal("Finished", instance.Str("status"));
        Assert.Equal(expected, instance["variables"].Str("result"));
    }

    [Fact]
    public async Task End_finishes_the_instance_at_once_and_drops_other_waits()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("end");
        var eventName = $"never-{id}";
        await client.DeployAsync($$"""
        {
          "definitionId": "{{id}}", "name": "End",
          "root": { "type": "Flowchart",
            "activities": [
              { "id": "wait", "type": "WaitForEvent", "inputs": { "eventName": { "type": "Literal", "value": "{{eventName}}" } } },
              { "id": "delay", "type": "Delay", "inputs": { "duration": { "type": "Literal", "value": "P1D" } } },
              { "id": "log", "type": "Log", "inputs": { "message": { "type": "Literal", "value": "ending" } } },
              { "id": "stop", "type": "End" }
            ],
            "connections": [ { "source": { "activity": "log", "port": "Done" }, "target": { "activity": "stop" } } ] } }
        """);

        var instanceId = await client.StartIdAsync(id);
        var instance = await client.InstanceAsync(instanceId);
        Assert.Equal("Finished", instance.Str("status"));
        Assert.Empty(instance["bookmarks"]!.AsArray());
        Assert.Empty((await client.RaiseAsync(eventName))["resumed"]!.AsArray());
    }

    [Fact]
    public async Task RunWorkflow_starts_a_child_and_continues_with_its_output_when_it_finishes()
    {
        var client = await Coordinator();
        var child = WorkflowApi.NewId("child");
        var parent = WorkflowApi.NewId("parent");
        var eventName = $"go-{child}";
        await client.DeployAsync(Workflows.WaitForEvent(child, eventName, correlate: true, marker: "child"));
        await client.DeployAsync($$"""
        {
          "definitionId": "{{parent}}", "name": "Parent",
          "variables": [ { "name": "fromChild", "type": "Any" } ],
          "root": { "type": "Flowchart",
            "activities": [
              { "id": "run", "type": "RunWorkflow", "inputs": {
                  "definitionId": { "type": "Literal", "value": "{{child}}" },
                  "input": { "type": "Literal", "value": { "x": 1 } },
                  "waitForCompletion": { "type": "Literal", "value": true } } },
              { "id": "copy", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "fromChild" }, "value": { "type": "Scriban", "value": "outputs.run.output.received.note" } } }
            ],
            "connections": [ { "source": { "activity": "run", "port": "Done" }, "target": { "activity": "copy" } } ] } }
        """);

        var parentId = await client.StartIdAsync(parent, new { correlationId = $"{parent}-c" });
        Assert.Equal("Suspended", (await client.InstanceAsync(parentId)).Str("status"));
        var childRow = Assert.Single((await client.GetOkAsync($"/api/workflow-instances?definitionId={child}")).AsArray());
        Assert.Equal($"{parent}-c", childRow.Str("correlationId")); // the parent's correlation id by default
        Assert.Equal(1, childRow!["input"].Int("x"));

        Assert.Equal([childRow.Str("instanceId")], Strings((await client.RaiseAsync(eventName, new { correlationId = $"{parent}-c", payload = new { note = "done by child" } }))["resumed"]));
        var finished = await client.InstanceAsync(parentId);
        Assert.Equal("Finished", finished.Str("status"));
        Assert.Equal("done by child", finished["variables"].Str("fromChild"));
    }
}

public sealed class InstancesApiTests_Sqlite(SqliteServer server) : InstancesApiTests(server), IClassFixture<SqliteServer>;

public sealed class InstancesApiTests_Postgres(PostgresServer server) : InstancesApiTests(server), IClassFixture<PostgresServer>;
