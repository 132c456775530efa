using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests.Activities.ControlFlow;

public sealed class SwitchTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    private static Flow Routing(string mode) => new Flow($"switch-{mode}")
        .Activity("s", "Switch",
            ("mode", In.Lit(mode)),
            ("cases", In.Lit(new JsonArray(
                new JsonObject { ["name"] = "critical", ["condition"] = "input.level >= 4" },
                new JsonObject { ["name"] = "major", ["condition"] = "input.level >= 3" },
                new JsonObject { ["name"] = "onsite", ["condition"] = "input.site == 'HQ'" }))))
        .Log("critical", "c").Log("major", "m").Log("onsite", "o").Log("other", "d")
        .Connect("s", "critical", "critical").Connect("s", "major", "major").Connect("s", "onsite", "onsite").Connect("s", "Default", "other");

    private async Task<IReadOnlyList<string>> RouteAsync(string mode, int level, string site)
    {
        var instance = await _host.RunAsync(Routing(mode), new JsonObject { ["level"] = level, ["site"] = site });
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        return _host.Completed(instance.Id).Where(id => id != "s").ToList();
    }

    [Fact]
    public async Task MatchFirst_takes_only_the_first_matching_case()
    {
        Assert.Equal(["critical"], await RouteAsync("MatchFirst", level: 5, site: "HQ"));
    }

    [Fact]
    public async Task MatchAny_takes_every_matching_case_as_parallel_branches()
    {
        var instance = await _host.RunAsync(Routing("MatchAny"), new JsonObject { ["level"] = 5, ["site"] = "HQ" });

        Assert.Equal(["critical", "major", "onsite"], _host.Completed(instance.Id).Where(id => id != "s"));
        Assert.Equal("critical,major,onsite", _host.Journal(instance.Id).Single(j => j.ActivityId == "s" && j.Event == "Completed").Outcome);
    }

    [Theory]
    [InlineData("MatchFirst")]
    [InlineData("MatchAny")]
    public async Task Default_is_taken_when_no_case_matches(string mode)
    {
        Assert.Equal(["other"], await RouteAsync(mode, level: 1, site: "Branch"));
    }

    [Fact]
    public async Task MatchFirst_is_the_default_mode()
    {
        var flow = Routing("MatchFirst");
        flow.Build().Root.Activities[0].Inputs.Remove("mode");
        var instance = await _host.RunAsync(flow, new JsonObject { ["level"] = 5, ["site"] = "HQ" });

        Assert.Equal(["critical"], _host.Completed(instance.Id).Where(id => id != "s"));
    }

    [Fact]
    public async Task A_case_with_no_connection_ends_its_branch_quietly()
    {
        var instance = await _host.RunAsync(new Flow("unwired")
            .Activity("s", "Switch", ("cases", In.Lit(new JsonArray(new JsonObject { ["name"] = "a", ["condition"] = "true" })))));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    [Fact]
    public async Task A_case_condition_that_fails_faults_the_instance()
    {
        var instance = await _host.RunAsync(new Flow("failing")
            .Activity("s", "Switch", ("cases", In.Lit(new JsonArray(new JsonObject { ["name"] = "a", ["condition"] = "math.nope 1" })))));

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal("s", Assert.Single(instance.State.Incidents).ActivityId);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
