using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests.Activities.ControlFlow;

public sealed class DecisionTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    private static Flow Branching(string condition) => new Flow("decide")
        .Decision("d", condition).Log("yes", "yes").Log("no", "no")
        .Connect("d", "True", "yes").Connect("d", "False", "no");

    [Theory]
    [InlineData(5, "yes")]
    [InlineData(1, "no")]
    public async Task Decision_continues_on_True_or_False(int level, string expected)
    {
        var instance = await _host.RunAsync(Branching("input.level > 2"), new JsonObject { ["level"] = level });

        Assert.Equal(["d", expected], _host.Completed(instance.Id));
        Assert.Equal(expected == "yes" ? "True" : "False", _host.Journal(instance.Id).Single(j => j.ActivityId == "d" && j.Event == "Completed").Outcome);
    }

    [Theory]
    [InlineData(true, "yes")]
    [InlineData(false, "no")]
    public async Task Decision_reads_a_literal_or_a_variable(bool value, string expected)
    {
        var literal = await _host.RunAsync(new Flow($"lit-{value}")
            .Activity("d", "Decision", ("condition", In.Lit(value))).Log("yes", "y").Log("no", "n")
            .Connect("d", "True", "yes").Connect("d", "False", "no"));
        var variable = await _host.RunAsync(new Flow($"var-{value}").Variable("flag", value)
            .Activity("d", "Decision", ("condition", In.Var("flag"))).Log("yes", "y").Log("no", "n")
            .Connect("d", "True", "yes").Connect("d", "False", "no"));

        Assert.Equal(["d", expected], _host.Completed(literal.Id));
        Assert.Equal(["d", expected], _host.Completed(variable.Id));
    }

    [Fact]
    public async Task A_condition_that_is_not_Boolean_faults_naming_the_input()
    {
        var instance = await _host.RunAsync(Branching("input.title"), new JsonObject { ["title"] = "Flood" });

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.State.Incidents);
        Assert.Equal("d", incident.ActivityId);
        Assert.Contains("Input 'condition'", incident.Message, StringComparison.Ordinal);
        Assert.Contains("Boolean", incident.Message, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
