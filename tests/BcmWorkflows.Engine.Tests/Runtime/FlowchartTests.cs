using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Engine.Tests.Runtime;

/// <summary>How the interpreter walks a flowchart: where it starts, how outcomes schedule targets, when it stops.</summary>
public sealed class FlowchartTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    [Fact]
    public async Task Execution_starts_at_every_activity_without_an_incoming_connection()
    {
        var instance = await _host.RunAsync(new Flow("starts")
            .Log("a1", "a1").Log("a2", "a2")
            .Log("b1", "b1").Log("b2", "b2")
            .Log("lonely", "lonely")
            .Chain("a1", "a2").Chain("b1", "b2"));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var started = _host.Journal(instance.Id).Where(j => j.Event == JournalEntry.Started).Select(j => j.ActivityId).ToList();
        Assert.Equal(["a1", "b1", "lonely"], started.Take(3));
        Assert.Equal(["a1", "a2", "b1", "b2", "lonely"], _host.Completed(instance.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task One_port_connected_to_two_targets_runs_both_branches()
    {
        var instance = await _host.RunAsync(new Flow("fork")
            .Log("start", "go").Log("left", "left").Log("right", "right").Log("left2", "left2")
            .Chain("start", "left", "left2").Chain("start", "right"));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["start", "left", "right", "left2"], _host.Completed(instance.Id));
    }

    [Fact]
    public async Task Every_outcome_port_follows_only_its_own_connections()
    {
        var instance = await _host.RunAsync(new Flow("ports")
            .Decision("d", "true").Log("yes", "y").Log("no", "n")
            .Connect("d", "True", "yes").Connect("d", "False", "no"));

        Assert.Equal(["d", "yes"], _host.Completed(instance.Id));
    }

    [Fact]
    public async Task The_instance_finishes_when_nothing_is_scheduled_and_nothing_waits()
    {
        var instance = await _host.RunAsync(new Flow("finish").Variable("n", 1)
            .Set("s", "n", In.Expr("variables.n + 1")).Log("l", "done").Chain("s", "l"));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(_host.Clock.GetUtcNow(), instance.FinishedAt);
        Assert.Empty(instance.State.Queue);
        Assert.Empty(instance.State.Bookmarks);
        Assert.Equal(2, instance.State.Output!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_instance_is_suspended_while_one_branch_still_waits()
    {
        var instance = await _host.RunAsync(new Flow("half")
            .Log("quick", "done").Wait("slow", "later"));

        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Null(instance.FinishedAt);
        Assert.Equal(["quick"], _host.Completed(instance.Id));

        await _host.RaiseAsync("later");

        Assert.Equal(WorkflowStatus.Finished, _host.Instance(instance.Id).Status);
    }

    [Fact]
    public async Task Activities_that_only_sit_in_a_loop_nobody_enters_never_run()
    {
        // Published as is: the validator warns that a and b are unreachable.
        _host.Store.Add(new Flow("island").Log("start", "s").Log("a", "a").Log("b", "b").Chain("a", "b", "a").Build());
        var instance = _host.Instance((await _host.StartAsync("island")).InstanceId);

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["start"], _host.Completed(instance.Id));
    }

    [Fact]
    public async Task A_definition_with_no_activities_finishes_at_once()
    {
        var instance = await _host.RunAsync(new Flow("empty"));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    [Fact]
    public async Task Input_defaults_and_initial_variables_are_set_at_start()
    {
        var definition = new Flow("init").Variable("level", 1).Variable("list", new JsonArray(1, 2))
            .Log("l", "{{ input.title }}/{{ input.severity }}/{{ variables.level }}").Build();
        definition.Inputs.Add(new WorkflowInputDefinition { Name = "title", Type = "String", Required = true });
        definition.Inputs.Add(new WorkflowInputDefinition { Name = "severity", Type = "Number", Default = 2 });
        _host.Publish(definition);

        var run = await _host.StartAsync("init", new JsonObject { ["title"] = "Flood" });

        Assert.Contains(_host.Journal(run.InstanceId), j => j.Message == "Flood/2/1");
        Assert.Equal("[1,2]", _host.Instance(run.InstanceId).State.Variables["list"]!.ToJsonString());
    }

    [Fact]
    public async Task Starting_with_missing_or_mistyped_input_is_refused()
    {
        var definition = new Flow("typed").Log("l", "hi").Build();
        definition.Inputs.Add(new WorkflowInputDefinition { Name = "title", Type = "String", Required = true });
        definition.Inputs.Add(new WorkflowInputDefinition { Name = "level", Type = "Number" });
        _host.Publish(definition);

        var missing = await Assert.ThrowsAsync<WorkflowInputException>(() => _host.StartAsync("typed"));
        var mistyped = await Assert.ThrowsAsync<WorkflowInputException>(() => _host.StartAsync("typed", new JsonObject { ["title"] = "t", ["level"] = "high" }));

        Assert.Contains("$.input.title", missing.Errors.Keys);
        Assert.Contains("$.input.level", mistyped.Errors.Keys);
        Assert.Equal(0, _host.Store.Count);
    }

    [Fact]
    public async Task Starting_an_unknown_or_unpublished_definition_is_refused()
    {
        _host.Store.Add(new Flow("draft").Log("l", "x").Build(), publish: false);

        await Assert.ThrowsAsync<WorkflowDefinitionNotFoundException>(() => _host.StartAsync("nope"));
        await Assert.ThrowsAsync<NothingPublishedException>(() => _host.StartAsync("draft"));
        var byVersion = await _host.Runtime.StartAsync(new StartWorkflowRequest("draft") { Version = 1 });
        Assert.Equal(WorkflowStatus.Finished, byVersion.Status);
    }

    [Fact]
    public async Task The_journal_records_each_activity_in_order_with_increasing_sequence()
    {
        var instance = await _host.RunAsync(new Flow("journal").Log("a", "A").Wait("w", "go").Log("b", "B").Chain("a", "w").Connect("w", "Received", "b"));
        await _host.RaiseAsync("go");

        var journal = _host.Journal(instance.Id);
        Assert.Equal(
            ["a Started", "a Completed", "w Started", "w Suspended", "w Resumed", "w Completed", "b Started", "b Completed"],
            journal.Select(j => $"{j.ActivityId} {j.Event}"));
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(j => j.Sequence));
        Assert.Equal("Received", journal.Single(j => j.ActivityId == "w" && j.Event == JournalEntry.Completed).Outcome);
        Assert.All(journal, j => Assert.Equal(instance.Id, j.InstanceId));
    }

    [Fact]
    public async Task A_loop_without_waits_faults_after_MaxActivitiesPerBurst_instead_of_hanging()
    {
        await using var host = new EngineHost(s => s.Configure<EngineOptions>(o => o.MaxActivitiesPerBurst = 50));
        var run = host.RunAsync(new Flow("spin").Variable("n", 0)
            .Log("begin", "looping").Set("inc", "n", In.Expr("variables.n + 1")).Log("again", "n={{ variables.n }}")
            .Chain("begin", "inc", "again", "inc"));

        var instance = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.State.Incidents);
        Assert.Contains("More than 50 activities", incident.Message, StringComparison.Ordinal);
        Assert.Equal(25, instance.State.Variables["n"]!.GetValue<int>()); // begin + 24 x (inc, again) + inc = 50
        Assert.Single(instance.State.Queue);
        Assert.Equal(JournalEntry.Faulted, host.Journal(instance.Id)[^1].Event);
    }

    [Fact]
    public async Task An_activity_of_an_unknown_type_faults_the_instance()
    {
        _host.Store.Add(new Flow("unvalidated").Activity("x", "Teleport").Build());

        var run = await _host.StartAsync("unvalidated");

        var instance = _host.Instance(run.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("Teleport", Assert.Single(instance.State.Incidents).Message, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
