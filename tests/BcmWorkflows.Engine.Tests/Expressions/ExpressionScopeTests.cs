using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests.Expressions;

/// <summary>What an expression sees inside a running workflow: the instance's own data and the engine's clock.</summary>
public sealed class ExpressionScopeTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    [Fact]
    public async Task Expressions_in_a_workflow_see_input_variables_outputs_and_instance()
    {
        _host.Publish(new Flow("scope").Variable("seen", null).Variable("level", 3)
            .Wait("wait", "ack")
            .Set("look", "seen", In.Expr("""
                {
                  title: input.title,
                  level: variables.level,
                  by: outputs.wait.payload.by,
                  id: instance.id,
                  correlationId: instance.correlationId,
                  definitionId: instance.definitionId,
                  version: instance.version
                }
                """))
            .Connect("wait", "Received", "look"), version: 2);
        var run = await _host.StartAsync("scope", new JsonObject { ["title"] = "Flood" }, correlationId: "INC-7");

        await _host.RaiseAsync("ack", new JsonObject { ["by"] = "ann" });

        var seen = _host.Instance(run.InstanceId).State.Variables["seen"];
        Assert.True(JsonNode.DeepEquals(new JsonObject
        {
            ["title"] = "Flood",
            ["level"] = 3,
            ["by"] = "ann",
            ["id"] = run.InstanceId,
            ["correlationId"] = "INC-7",
            ["definitionId"] = "scope",
            ["version"] = 2,
        }, seen), seen?.ToJsonString());
    }

    [Fact]
    public async Task Now_is_the_engine_clock_at_the_burst()
    {
        var instance = await _host.RunAsync(new Flow("clock").Variable("before", null).Variable("after", null)
            .Set("first", "before", In.Expr("now")).Delay("wait", "PT90M").Set("second", "after", In.Expr("now"))
            .Chain("first", "wait", "second"));
        var start = _host.Clock.GetUtcNow();

        await _host.AdvanceAsync(TimeSpan.FromMinutes(90));

        var variables = _host.Instance(instance.Id).State.Variables;
        Assert.Equal(start, DateTimeOffset.Parse(variables["before"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal(start.AddMinutes(90), DateTimeOffset.Parse(variables["after"]!.GetValue<string>(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Now_can_be_formatted_and_compared_in_a_decision()
    {
        var instance = await _host.RunAsync(new Flow("office-hours")
            .Decision("open", "(now | date.to_string '%H') >= '08' && (now | date.to_string '%H') < '18'")
            .Log("day", "{{ now | date.to_string '%Y-%m-%d %H:%M' }} office hours").Log("night", "after hours")
            .Connect("open", "True", "day").Connect("open", "False", "night"));

        Assert.Contains(_host.Journal(instance.Id), j => j.Message == "2026-01-05 09:00 office hours");
    }

    [Fact]
    public async Task Variables_changed_earlier_in_the_burst_are_visible_to_later_expressions()
    {
        var instance = await _host.RunAsync(new Flow("order").Variable("n", 1)
            .Set("a", "n", In.Expr("variables.n * 10")).Log("b", "n is {{ variables.n }}").Chain("a", "b"));

        Assert.Contains(_host.Journal(instance.Id), j => j.Message == "n is 10");
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
