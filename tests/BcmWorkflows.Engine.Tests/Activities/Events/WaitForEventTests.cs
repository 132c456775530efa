using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;
using BcmWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Engine.Tests.Activities.Events;

public sealed class WaitForEventTests : IAsyncLifetime
{
    private readonly RecordingTimerScheduler _timers = new();
    private readonly EngineHost _host;

    public WaitForEventTests() => _host = new EngineHost(s => s.AddSingleton<IWorkflowTimerScheduler>(_timers));

    private static Flow Waiting(string id, string? correlationId = null, string? timeout = null) => new Flow(id)
        .Wait("wait", "ack", correlationId, timeout)
        .Log("got", "ack by {{ outputs.wait.payload.by }}").Log("late", "timed out")
        .Connect("wait", "Received", "got").Connect("wait", "TimedOut", "late");

    [Fact]
    public async Task The_event_resumes_the_wait_and_its_payload_is_the_activity_output()
    {
        var instance = await _host.RunAsync(Waiting("plain"));
        var bookmark = Assert.Single(instance.State.Bookmarks);
        Assert.Equal((Bookmark.EventType, "ack", (string?)null), (bookmark.Type, bookmark.Name, bookmark.CorrelationId));

        var result = await _host.RaiseAsync("ack", new JsonObject { ["by"] = "ann" });

        Assert.Equal([instance.Id], result.Resumed);
        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("""{"by":"ann"}""", instance.State.Outputs["wait"]["payload"]!.ToJsonString());
        Assert.Contains(_host.Journal(instance.Id), j => j.Message == "ack by ann");
        Assert.Equal(["wait", "got"], _host.Completed(instance.Id));
    }

    [Fact]
    public async Task An_event_without_payload_gives_an_empty_object()
    {
        var instance = await _host.RunAsync(Waiting("empty"));

        await _host.RaiseAsync("ack");

        Assert.Equal("{}", _host.Instance(instance.Id).State.Outputs["wait"]["payload"]!.ToJsonString());
    }

    [Fact]
    public async Task Another_event_name_does_not_resume_the_wait()
    {
        var instance = await _host.RunAsync(Waiting("other-name"));

        Assert.Empty((await _host.RaiseAsync("ack.other")).Resumed);
        Assert.Equal(WorkflowStatus.Suspended, _host.Instance(instance.Id).Status);
    }

    [Fact]
    public async Task A_wait_with_a_correlation_id_is_resumed_only_by_that_correlation_id()
    {
        var instance = await _host.RunAsync(Waiting("correlated", correlationId: "INC-1"));

        Assert.Empty((await _host.RaiseAsync("ack", correlationId: "INC-2")).Resumed);
        Assert.Empty((await _host.RaiseAsync("ack")).Resumed);
        Assert.Equal(WorkflowStatus.Suspended, _host.Instance(instance.Id).Status);

        Assert.Equal([instance.Id], (await _host.RaiseAsync("ack", correlationId: "INC-1")).Resumed);
        Assert.Equal(WorkflowStatus.Finished, _host.Instance(instance.Id).Status);
    }

    [Fact]
    public async Task The_correlation_id_can_come_from_the_instance()
    {
        var definition = Waiting("from-instance").Build();
        definition.Root.Activities[0].Inputs["correlationId"] = In.Expr("instance.correlationId");
        _host.Publish(definition);
        var run = await _host.StartAsync("from-instance", correlationId: "INC-9");

        Assert.Equal("INC-9", Assert.Single(_host.Instance(run.InstanceId).State.Bookmarks).CorrelationId);
        Assert.Equal([run.InstanceId], (await _host.RaiseAsync("ack", correlationId: "INC-9")).Resumed);
    }

    [Fact]
    public async Task A_wait_without_a_correlation_id_matches_any_event_of_that_name()
    {
        var instance = await _host.RunAsync(Waiting("uncorrelated"));

        Assert.Equal([instance.Id], (await _host.RaiseAsync("ack", correlationId: "INC-2")).Resumed);
    }

    [Fact]
    public async Task An_unanswered_wait_times_out_after_its_timeout()
    {
        var instance = await _host.RunAsync(Waiting("timeout", timeout: "PT5M"));
        Assert.Equal(2, instance.State.Bookmarks.Count);

        await _host.AdvanceAsync(TimeSpan.FromMinutes(4));
        Assert.Equal(WorkflowStatus.Suspended, _host.Instance(instance.Id).Status);
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["wait", "late"], _host.Completed(instance.Id));
        Assert.Equal("TimedOut", _host.Journal(instance.Id).Single(j => j.ActivityId == "wait" && j.Event == "Completed").Outcome);
        Assert.Empty(instance.State.Bookmarks);
        Assert.Empty((await _host.RaiseAsync("ack")).Resumed);
    }

    [Fact]
    public async Task After_a_timeout_the_missing_payload_reads_as_empty_instead_of_faulting()
    {
        var instance = await _host.RunAsync(new Flow("no-payload")
            .Wait("wait", "ack", timeout: "PT5M").Log("late", "timed out; ack by '{{ outputs.wait.payload.by }}'")
            .Connect("wait", "TimedOut", "late"));

        await _host.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(WorkflowStatus.Finished, _host.Instance(instance.Id).Status);
        Assert.Contains(_host.Journal(instance.Id), j => j.Message == "timed out; ack by ''");
    }

    [Fact]
    public async Task An_answered_wait_removes_its_timeout()
    {
        var instance = await _host.RunAsync(Waiting("answered", timeout: "PT5M"));
        Assert.Single(_timers.Scheduled);

        await _host.RaiseAsync("ack", new JsonObject { ["by"] = "bob" });
        await _host.AdvanceAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(["wait", "got"], _host.Completed(instance.Id));
        Assert.Empty(_timers.Scheduled);
    }

    [Fact]
    public async Task Every_instance_waiting_for_the_event_is_resumed()
    {
        _host.Publish(Waiting("many"));
        var a = await _host.StartAsync("many");
        var b = await _host.StartAsync("many");

        var result = await _host.RaiseAsync("ack");

        Assert.Equal(new[] { a.InstanceId, b.InstanceId }.Order(StringComparer.Ordinal), result.Resumed.Order(StringComparer.Ordinal));
        Assert.Equal(WorkflowStatus.Finished, _host.Instance(a.InstanceId).Status);
        Assert.Equal(WorkflowStatus.Finished, _host.Instance(b.InstanceId).Status);
    }

    [Fact]
    public async Task Two_waits_for_the_same_event_in_one_instance_are_both_resumed()
    {
        var instance = await _host.RunAsync(new Flow("twice")
            .Wait("a", "ack").Wait("b", "ack").Join("join").Log("after", "both")
            .Connect("a", "Received", "join").Connect("b", "Received", "join").Chain("join", "after"));

        var result = await _host.RaiseAsync("ack");

        Assert.Equal([instance.Id], result.Resumed);
        Assert.Equal(WorkflowStatus.Finished, _host.Instance(instance.Id).Status);
        Assert.Single(_host.Completed(instance.Id), "after");
    }

    [Fact]
    public async Task An_escalation_loop_pages_level_by_level_and_stops_at_the_last_level()
    {
        var instance = await _host.RunAsync(Escalation());

        for (var minute = 0; minute < 30; minute += 5) await _host.AdvanceAsync(TimeSpan.FromMinutes(5));

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(4, instance.State.Variables["level"]!.GetValue<int>());
        Assert.Equal(["page level 1", "page level 2", "page level 3", "nobody answered"],
            _host.Journal(instance.Id).Where(j => j.Message is not null && j.Event == "Completed").Select(j => j.Message));
        Assert.Equal(_host.Clock.GetUtcNow().AddMinutes(-15), instance.FinishedAt);
    }

    [Fact]
    public async Task An_escalation_loop_stops_when_someone_acknowledges()
    {
        var instance = await _host.RunAsync(Escalation());
        await _host.AdvanceAsync(TimeSpan.FromMinutes(5));

        await _host.RaiseAsync("ack", new JsonObject { ["by"] = "level-2 responder" });

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(2, instance.State.Variables["level"]!.GetValue<int>());
        Assert.Equal("acknowledged by level-2 responder", _host.Journal(instance.Id)[^1].Message);
        Assert.Empty(_timers.Scheduled);
    }

    private static Flow Escalation() => new Flow("escalation").Variable("level", 1)
        .Set("declared", "level", In.Lit(1))
        .Log("page", "page level {{ variables.level }}")
        .Wait("wait", "ack", timeout: "PT5M")
        .Set("up", "level", In.Expr("variables.level + 1"))
        .Decision("more", "variables.level <= 3")
        .Log("done", "acknowledged by {{ outputs.wait.payload.by }}")
        .Log("gave-up", "nobody answered")
        .Chain("declared", "page", "wait")
        .Connect("wait", "Received", "done")
        .Connect("wait", "TimedOut", "up").Chain("up", "more")
        .Connect("more", "True", "page").Connect("more", "False", "gave-up");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
