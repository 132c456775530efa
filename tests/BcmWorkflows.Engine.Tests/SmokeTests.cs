using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task Delay_then_event_then_finish()
    {
        await using var host = new EngineHost();
        host.Publish("""
        {
          "definitionId": "smoke", "name": "Smoke",
          "variables": [ { "name": "count", "type": "Number", "value": 1 } ],
          "root": { "type": "Flowchart",
            "activities": [
              { "id": "set", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "count" }, "value": { "type": "Scriban", "value": "variables.count + 1" } } },
              { "id": "wait", "type": "Delay", "inputs": { "duration": { "type": "Literal", "value": "PT15M" } } },
              { "id": "ev", "type": "WaitForEvent", "inputs": { "eventName": { "type": "Literal", "value": "go" } } },
              { "id": "log", "type": "Log", "inputs": { "message": { "type": "Scriban", "value": "count={{ variables.count }} p={{ outputs.ev.payload.x }}" } } }
            ],
            "connections": [
              { "source": { "activity": "set", "port": "Done" }, "target": { "activity": "wait" } },
              { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "ev" } },
              { "source": { "activity": "ev", "port": "Received" }, "target": { "activity": "log" } }
            ] } }
        """);
        var run = await host.StartAsync("smoke");
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        await host.AdvanceAsync(TimeSpan.FromMinutes(15));
        var result = await host.Runtime.RaiseEventAsync("go", null, new JsonObject { ["x"] = 7 });
        Assert.Equal([run.InstanceId], result.Resumed);
        var instance = host.Instance(run.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(2, instance.State.Variables["count"]!.GetValue<int>());
        Assert.Contains(host.Store.JournalOf(run.InstanceId), j => j.Message == "count=2 p=7");
    }
}
