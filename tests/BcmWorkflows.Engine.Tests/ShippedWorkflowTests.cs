using BcmWorkflows.TestSupport;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests;

/// <summary>Shipped workflows are data: every file parses, validates without errors, and runs.</summary>
public sealed class ShippedWorkflowTests
{
    public static TheoryData<string> Files() => new(Directory.EnumerateFiles(RepoPaths.Workflows, "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Shipped_workflow_parses_and_validates(string file)
    {
        await using var host = new EngineHost();
        var definition = WorkflowJson.ParseDefinition(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Workflows, file)));
        var result = host.Validator.Validate(definition);
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        Assert.Empty(result.Warnings);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), definition.DefinitionId);
    }

    [Fact]
    public async Task Incident_triage_escalates_level_by_level_until_the_crisis_team_when_nobody_acknowledges()
    {
        await using var host = new EngineHost();
        host.Publish(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Workflows, "incident-triage.json")));
        var started = await host.Runtime.RaiseEventAsync("incident.triage.requested", "INC-1", new JsonObject { ["incidentId"] = "INC-1", ["severity"] = 1, ["title"] = "Data centre flood" });
        var id = Assert.Single(started.Started);

        for (var level = 1; level <= 3; level++)
        {
            Assert.Equal(level, host.Instance(id).State.Variables["level"]!.GetValue<int>());
            await host.AdvanceAsync(TimeSpan.FromMinutes(4));
            Assert.Equal(level, host.Instance(id).State.Variables["level"]!.GetValue<int>());
            await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        }
        Assert.Contains("crisisTeam", host.Completed(id));
        Assert.Equal(WorkflowStatus.Suspended, host.Instance(id).Status);

        var closed = await host.Runtime.RaiseEventAsync("incident.closed", "INC-1", null);
        Assert.Equal([id], closed.Resumed);
        Assert.Equal(WorkflowStatus.Finished, host.Instance(id).Status);
    }

    [Fact]
    public async Task Incident_triage_stops_escalating_when_acknowledged()
    {
        await using var host = new EngineHost();
        host.Publish(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Workflows, "incident-triage.json")));
        var id = Assert.Single((await host.Runtime.RaiseEventAsync("incident.triage.requested", "INC-2", new JsonObject { ["severity"] = 2 })).Started);

        await host.AdvanceAsync(TimeSpan.FromMinutes(15));
        Assert.Equal(2, host.Instance(id).State.Variables["level"]!.GetValue<int>());

        var other = await host.Runtime.RaiseEventAsync("incident.acknowledged", "INC-OTHER", null);
        Assert.Empty(other.Resumed);
        var ack = await host.Runtime.RaiseEventAsync("incident.acknowledged", "INC-2", new JsonObject { ["by"] = "Li Wei" });
        Assert.Equal([id], ack.Resumed);
        Assert.Contains(host.Store.JournalOf(id), j => j.Message == "Acknowledged at level 2 by Li Wei.");

        await host.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal(2, host.Instance(id).State.Variables["level"]!.GetValue<int>());
    }
}
