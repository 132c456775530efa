using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests.Activities.ControlFlow;

public sealed class FaultTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    [Fact]
    public async Task Fault_faults_the_instance_with_an_incident_holding_the_message()
    {
        var instance = await _host.RunAsync(new Flow("fault").Log("before", "b").Fault("f", "No responder for {{ input.site }}").Log("after", "a").Chain("before", "f").Chain("before", "after"),
            new JsonObject { ["site"] = "HQ" });

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.State.Incidents);
        Assert.Equal(("f", "Fault", "No responder for HQ"), (incident.ActivityId, incident.ActivityType, incident.Message));
        Assert.Equal(_host.Clock.GetUtcNow(), incident.At);
        Assert.Null(incident.ResolvedAt);
        var last = _host.Journal(instance.Id)[^1];
        Assert.Equal(("f", JournalEntry.Faulted, "No responder for HQ"), (last.ActivityId, last.Event, last.Message));
        Assert.DoesNotContain("after", _host.Completed(instance.Id));
    }

    [Fact]
    public async Task Retry_runs_the_faulted_activity_again()
    {
        var instance = await _host.RunAsync(new Flow("refault").Fault("f", "still broken"));
        _host.Clock.Advance(TimeSpan.FromMinutes(5));

        await _host.Runtime.RetryAsync(instance.Id);

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal(2, _host.Journal(instance.Id).Count(j => j.ActivityId == "f" && j.Event == JournalEntry.Started));
        Assert.Equal(2, instance.State.Incidents.Count);
        Assert.Equal(_host.Clock.GetUtcNow(), instance.State.Incidents[0].ResolvedAt);
        Assert.Null(instance.State.Incidents[1].ResolvedAt);
    }

    [Fact]
    public async Task Retry_continues_the_flow_once_the_activity_succeeds()
    {
        var instance = await _host.RunAsync(new Flow("flaky").Log("before", "b").Activity("call", "TestFlaky").Log("after", "a").Chain("before", "call", "after"));
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("unavailable", Assert.Single(instance.State.Incidents).Message, StringComparison.Ordinal);

        _host.Flaky.Failing = false;
        await _host.Runtime.RetryAsync(instance.Id);

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(2, _host.Flaky.Executions);
        Assert.Equal(["before", "call", "after"], _host.Completed(instance.Id));
        Assert.All(instance.State.Incidents, i => Assert.NotNull(i.ResolvedAt));
    }

    [Fact]
    public async Task Only_a_faulted_instance_can_be_retried()
    {
        var instance = await _host.RunAsync(new Flow("fine").Log("l", "ok"));

        await Assert.ThrowsAsync<InvalidInstanceStateException>(() => _host.Runtime.RetryAsync(instance.Id));
    }

    [Theory]
    [InlineData("Decision", "condition", "math.nope 1")]
    [InlineData("Delay", "duration", "'soon'")]
    [InlineData("Log", "message", "{{ 1 / 'a' | math.nope }}")]
    public async Task An_input_that_fails_to_evaluate_faults_with_an_incident_naming_the_input(string type, string input, string expression)
    {
        var instance = await _host.RunAsync(new Flow($"bad-{type}").Activity("a", type, (input, In.Expr(expression))));

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.State.Incidents);
        Assert.Equal("a", incident.ActivityId);
        Assert.StartsWith($"Input '{input}':", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_faulted_instance_is_not_resumed_by_events()
    {
        var instance = await _host.RunAsync(new Flow("half-faulted").Wait("w", "go").Fault("f", "boom"));
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);

        var result = await _host.RaiseAsync("go");

        Assert.Empty(result.Resumed);
        Assert.Equal(WorkflowStatus.Faulted, _host.Instance(instance.Id).Status);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
