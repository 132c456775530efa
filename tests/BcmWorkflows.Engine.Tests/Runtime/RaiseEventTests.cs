using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests.Runtime;

/// <summary><c>RaiseEventAsync</c>: resuming waits, starting triggered definitions, and not losing or re-using events.</summary>
public sealed class RaiseEventTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    private static Flow Triggered(string id, string eventName) => new Flow(id).OnEvent(eventName)
        .Log("l", "started for {{ input.incidentId }} / {{ instance.correlationId }}");

    [Fact]
    public async Task An_event_starts_every_published_definition_with_a_matching_trigger()
    {
        _host.Publish(Triggered("first", "incident.declared"));
        _host.Publish(Triggered("second", "incident.declared"));
        _host.Publish(Triggered("unrelated", "incident.closed"));

        var result = await _host.RaiseAsync("incident.declared", new JsonObject { ["incidentId"] = "INC-7" }, correlationId: "INC-7");

        Assert.Equal(2, result.Started.Count);
        Assert.Empty(result.Resumed);
        var started = result.Started.Select(_host.Instance).ToList();
        Assert.Equal(["first", "second"], started.Select(i => i.DefinitionId).Order(StringComparer.Ordinal));
        Assert.All(started, i =>
        {
            Assert.Equal(WorkflowStatus.Finished, i.Status);
            Assert.Equal("INC-7", i.CorrelationId);
            Assert.Equal("""{"incidentId":"INC-7"}""", i.State.Input.ToJsonString());
            Assert.Contains(_host.Journal(i.Id), j => j.Message == "started for INC-7 / INC-7");
        });
        Assert.Equal(2, _host.Store.Count);
    }

    [Fact]
    public async Task A_payload_that_is_not_an_object_is_the_input_payload()
    {
        _host.Publish(new Flow("scalar").OnEvent("ping").Log("l", "got {{ input.payload }}"));

        var result = await _host.RaiseAsync("ping", JsonValue.Create(42));

        Assert.Equal("""{"payload":42}""", _host.Instance(Assert.Single(result.Started)).State.Input.ToJsonString());
    }

    [Fact]
    public async Task A_retracted_definition_is_not_started()
    {
        _host.Publish(Triggered("retracted", "incident.declared"));
        _host.Store.Retract("retracted");

        var result = await _host.RaiseAsync("incident.declared");

        Assert.Empty(result.Started);
        Assert.Equal(0, _host.Store.Count);
    }

    [Fact]
    public async Task Only_the_published_version_trigger_counts()
    {
        _host.Publish(Triggered("moved", "old.event"), version: 1);
        _host.Publish(Triggered("moved", "new.event"), version: 2);

        Assert.Empty((await _host.RaiseAsync("old.event")).Started);
        var started = _host.Instance(Assert.Single((await _host.RaiseAsync("new.event")).Started));
        Assert.Equal(2, started.DefinitionVersion);
    }

    [Fact]
    public async Task A_definition_whose_input_the_event_does_not_satisfy_is_skipped()
    {
        var strict = Triggered("strict", "incident.declared").Input("incidentId", "String", required: true);
        _host.Publish(strict);
        _host.Publish(Triggered("lenient", "incident.declared"));

        var result = await _host.RaiseAsync("incident.declared", new JsonObject { ["other"] = 1 });

        Assert.Equal("lenient", _host.Instance(Assert.Single(result.Started)).DefinitionId);
    }

    [Fact]
    public async Task The_triggering_event_does_not_resume_the_started_instance_own_wait_for_the_same_event()
    {
        _host.Publish(new Flow("self").OnEvent("incident.updated")
            .Wait("next", "incident.updated").Log("l", "second update").Connect("next", "Received", "l"));

        var first = await _host.RaiseAsync("incident.updated", new JsonObject { ["n"] = 1 });

        var id = Assert.Single(first.Started);
        Assert.Equal(WorkflowStatus.Suspended, _host.Instance(id).Status);

        var second = await _host.RaiseAsync("incident.updated", new JsonObject { ["n"] = 2 });

        Assert.Equal([id], second.Resumed);
        Assert.Equal(2, _host.Instance(id).State.Outputs["next"]["payload"]!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task One_event_resumes_waits_and_starts_definitions_together()
    {
        var waiting = await _host.RunAsync(new Flow("waiting").Wait("w", "incident.declared"));
        _host.Publish(Triggered("starter", "incident.declared"));

        var result = await _host.RaiseAsync("incident.declared");

        Assert.Equal([waiting.Id], result.Resumed);
        Assert.Single(result.Started);
    }

    [Fact]
    public async Task An_event_nobody_waits_for_changes_nothing()
    {
        var result = await _host.RaiseAsync("nobody.cares");

        Assert.Empty(result.Resumed);
        Assert.Empty(result.Started);
    }

    [Fact]
    public async Task An_event_raised_while_the_waiting_instance_is_still_committing_is_delivered_after_its_commit()
    {
        var instance = await _host.RunAsync(new Flow("race")
            .Activity("elsewhere", "TestRaiseDuringBurst", ("eventName", In.Lit("ack")), ("payload", In.Lit(new JsonObject { ["by"] = "fast responder" })))
            .Wait("wait", "ack").Log("got", "ack by {{ outputs.wait.payload.by }}")
            .Chain("elsewhere", "wait").Connect("wait", "Received", "got"));

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Contains(_host.Journal(instance.Id), j => j.Message == "ack by fast responder");
        Assert.Contains(_host.Journal(instance.Id), j => j.ActivityId == "wait" && j.Event == JournalEntry.Suspended);
        Assert.Contains(_host.Journal(instance.Id), j => j.ActivityId == "wait" && j.Event == JournalEntry.Resumed);
    }

    [Fact]
    public async Task An_event_raised_during_the_burst_for_another_correlation_id_is_not_delivered()
    {
        var instance = await _host.RunAsync(new Flow("race-other")
            .Activity("elsewhere", "TestRaiseDuringBurst", ("eventName", In.Lit("ack")), ("correlationId", In.Lit("INC-2")))
            .Wait("wait", "ack", correlationId: "INC-1")
            .Chain("elsewhere", "wait"));

        Assert.Equal(WorkflowStatus.Suspended, _host.Instance(instance.Id).Status);
    }

    [Fact]
    public async Task An_event_raised_before_the_burst_started_does_not_resume_a_later_wait()
    {
        await _host.RaiseAsync("ack", new JsonObject { ["stale"] = true });
        _host.Clock.Advance(TimeSpan.FromSeconds(1));

        var instance = await _host.RunAsync(new Flow("later").Wait("wait", "ack"));

        Assert.Equal(WorkflowStatus.Suspended, _host.Instance(instance.Id).Status);
    }

    [Fact]
    public async Task The_event_that_resumed_a_wait_does_not_also_resume_the_next_wait_for_it()
    {
        var instance = await _host.RunAsync(new Flow("counter").Variable("acks", 0)
            .Log("start", "counting")
            .Wait("wait", "ack")
            .Set("count", "acks", In.Expr("variables.acks + 1"))
            .Decision("more", "variables.acks < 3")
            .Chain("start", "wait").Connect("wait", "Received", "count").Chain("count", "more").Connect("more", "True", "wait"));

        // All at the same instant of the fake clock, which is where a timestamp cannot tell them apart.
        for (var expected = 1; expected <= 3; expected++)
        {
            await _host.RaiseAsync("ack").WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(expected, _host.Instance(instance.Id).State.Variables["acks"]!.GetValue<int>());
        }
        Assert.Equal(WorkflowStatus.Finished, _host.Instance(instance.Id).Status);
    }

    [Fact]
    public async Task An_event_delivered_after_a_commit_is_not_delivered_again_to_the_next_wait()
    {
        var instance = await _host.RunAsync(new Flow("race-loop").Variable("acks", 0)
            .Activity("elsewhere", "TestRaiseDuringBurst", ("eventName", In.Lit("ack")))
            .Wait("wait", "ack")
            .Set("count", "acks", In.Expr("variables.acks + 1"))
            .Decision("more", "variables.acks < 3")
            .Chain("elsewhere", "wait").Connect("wait", "Received", "count").Chain("count", "more").Connect("more", "True", "wait"));

        instance = _host.Instance(instance.Id);
        Assert.Equal(1, instance.State.Variables["acks"]!.GetValue<int>());
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
