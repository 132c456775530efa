using System.Text.Json.Nodes;
using BcmWorkflows.Data.Tests.Support;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Data.Tests.Stores;

/// <summary>The engine's runtime on the EF stores: state, bookmark index and journal as the database holds them.</summary>
public abstract class EngineOnEfStoreTests(DatabaseFixture fixture)
{
    private static string NewId() => $"eng-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task Delay_then_event_runs_to_the_end_with_everything_persisted()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.PublishAsync(Workflows.DelayThenEvent(id));
        var run = await host.StartAsync(id, correlationId: "c-1");
        Assert.Equal(WorkflowStatus.Suspended, run.Status);

        var row = await host.InstanceAsync(run.InstanceId);
        Assert.Equal(("Suspended", id, 1, "c-1", 1L), (row.Status, row.DefinitionId, row.DefinitionVersion, row.CorrelationId, row.Revision));
        var timer = Assert.Single(await host.BookmarksAsync(run.InstanceId));
        Assert.Equal(("Timer", "wait", host.Clock.GetUtcNow().AddMinutes(15)), (timer.Type, timer.ActivityId, timer.DueAt));
        Assert.Equal(2, (await host.StateAsync(run.InstanceId)).Variables["count"]!.GetValue<int>());

        Assert.Equal(0, await host.AdvanceAsync(TimeSpan.FromMinutes(14)));
        Assert.Equal(1, await host.AdvanceAsync(TimeSpan.FromMinutes(1)));
        var wait = Assert.Single(await host.BookmarksAsync(run.InstanceId));
        Assert.Equal(("Event", $"go-{id}", null), (wait.Type, wait.Name, wait.DueAt));

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var raised = await host.Runtime.RaiseEventAsync($"go-{id}", null, new JsonObject { ["x"] = 7 });
        Assert.Equal([run.InstanceId], raised.Resumed);

        row = await host.InstanceAsync(run.InstanceId);
        Assert.Equal(("Finished", 3L, host.Clock.GetUtcNow()), (row.Status, row.Revision, row.FinishedAt));
        Assert.Empty(await host.BookmarksAsync(run.InstanceId));
        var journal = await host.JournalAsync(run.InstanceId);
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(j => j.Sequence));
        Assert.Equal(["set", "wait", "ev", "log"], journal.Where(j => j.Event == JournalEntry.Completed).Select(j => j.ActivityId));
        Assert.Contains(journal, j => j.Message == "count=2 p=7");
    }

    [Fact]
    public async Task Parallel_events_on_one_instance_lose_no_update()
    {
        const int branches = 20;
        await using var host = fixture.Host();
        var id = NewId();
        var waits = Enumerable.Range(0, branches).Select(i =>
            $$"""{ "id": "w{{i}}", "type": "WaitForEvent", "inputs": { "eventName": { "type": "Literal", "value": "tick-{{id}}-{{i}}" } } }""");
        var connections = Enumerable.Range(0, branches).Select(i =>
            $$"""{ "source": { "activity": "w{{i}}", "port": "Received" }, "target": { "activity": "inc" } }""");
        await host.PublishAsync($$"""
            { "definitionId": "{{id}}", "name": "Counter",
              "variables": [ { "name": "count", "type": "Number", "value": 0 } ],
              "root": { "type": "Flowchart",
                "activities": [ {{string.Join(",", waits)}},
                  { "id": "inc", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "count" }, "value": { "type": "Scriban", "value": "variables.count + 1" } } } ],
                "connections": [ {{string.Join(",", connections)}} ] } }
            """);
        var run = await host.StartAsync(id);
        Assert.Equal(branches, (await host.BookmarksAsync(run.InstanceId)).Count);

        var results = await Task.WhenAll(Enumerable.Range(0, branches).Select(i =>
            Task.Run(() => host.Runtime.RaiseEventAsync($"tick-{id}-{i}", null, null))));
        Assert.All(results, r => Assert.Equal([run.InstanceId], r.Resumed));
        var row = await host.InstanceAsync(run.InstanceId);
        Assert.Equal(("Finished", branches + 1L), (row.Status, row.Revision));
        Assert.Equal(branches, (await host.StateAsync(run.InstanceId)).Variables["count"]!.GetValue<int>());
        Assert.Empty(await host.BookmarksAsync(run.InstanceId));
    }

    [Fact]
    public async Task A_restarted_host_resumes_what_the_previous_one_left_waiting()
    {
        var id = NewId();
        string instanceId;
        await using (var before = fixture.Host())
        {
            await before.PublishAsync(Workflows.WaitForEvent(id, correlation: "order-7"));
            instanceId = (await before.StartAsync(id)).InstanceId;
        }

        await using var after = fixture.Host();
        Assert.Empty((await after.Runtime.RaiseEventAsync($"ev-{id}", "order-8", null)).Resumed);
        var raised = await after.Runtime.RaiseEventAsync($"ev-{id}", "order-7", null);
        Assert.Equal([instanceId], raised.Resumed);
        Assert.Equal("Finished", (await after.InstanceAsync(instanceId)).Status);
    }

    [Fact]
    public async Task An_event_trigger_starts_the_published_version()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.PublishAsync(Workflows.Simple(id, eventTrigger: $"start-{id}"));
        var raised = await host.Runtime.RaiseEventAsync($"start-{id}", "corr", new JsonObject { ["a"] = 1 });
        var started = Assert.Single(raised.Started);
        var row = await host.InstanceAsync(started);
        Assert.Equal(("Finished", "corr"), (row.Status, row.CorrelationId));
        Assert.Equal(1, (await host.StateAsync(started)).Input["a"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_start_after_publish_or_retract_sees_the_change_at_once()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.PublishAsync(Workflows.Simple(id, "V1"));
        Assert.Equal(1, (await host.StartAsync(id)).DefinitionVersion);
        await host.PublishAsync(Workflows.Simple(id, "V2"));
        Assert.Equal(2, (await host.StartAsync(id)).DefinitionVersion);
        await host.DefinitionsAsync(d => d.RetractAsync(id, "ann", default));
        await Assert.ThrowsAsync<NothingPublishedException>(() => host.StartAsync(id));
    }

    [Fact]
    public async Task A_child_workflow_runs_and_resumes_its_parent()
    {
        await using var host = fixture.Host();
        var child = NewId();
        var parent = NewId();
        await host.PublishAsync(Workflows.WaitForEvent(child));
        await host.PublishAsync($$"""
            { "definitionId": "{{parent}}", "name": "Parent",
              "root": { "type": "Flowchart",
                "activities": [
                  { "id": "run", "type": "RunWorkflow", "inputs": { "definitionId": { "type": "Literal", "value": "{{child}}" }, "waitForCompletion": { "type": "Literal", "value": true } } },
                  { "id": "log", "type": "Log", "inputs": { "message": { "type": "Literal", "value": "child done" } } } ],
                "connections": [ { "source": { "activity": "run", "port": "Done" }, "target": { "activity": "log" } } ] } }
            """);
        var run = await host.StartAsync(parent);
        var childRow = Assert.Single(await host.DbAsync(db => Task.FromResult(db.WorkflowInstances.Where(i => i.ParentInstanceId == run.InstanceId).ToList())));
        Assert.Equal("Suspended", childRow.Status);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Runtime.RaiseEventAsync($"ev-{child}", null, null);
        Assert.Equal("Finished", (await host.InstanceAsync(childRow.Id)).Status);
        Assert.Equal("Finished", (await host.InstanceAsync(run.InstanceId)).Status);
        Assert.Contains(await host.JournalAsync(run.InstanceId), j => j.Message == "child done");
    }

    [Fact]
    public async Task Cancel_removes_the_bookmark_index()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.PublishAsync(Workflows.WaitForEvent(id));
        var run = await host.StartAsync(id);
        await host.Runtime.CancelAsync(run.InstanceId);
        Assert.Empty(await host.BookmarksAsync(run.InstanceId));
        var row = await host.InstanceAsync(run.InstanceId);
        Assert.Equal(("Cancelled", host.Clock.GetUtcNow()), (row.Status, row.FinishedAt));
        Assert.Contains(await host.JournalAsync(run.InstanceId), j => j.Event == JournalEntry.Cancelled);
    }
}

public sealed class SqliteEngineOnEfStoreTests(SqliteFixture fixture) : EngineOnEfStoreTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresEngineOnEfStoreTests(PostgresFixture fixture) : EngineOnEfStoreTests(fixture), IClassFixture<PostgresFixture>;
