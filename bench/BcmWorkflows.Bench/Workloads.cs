using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Serialization;

namespace BcmWorkflows.Bench;

/// <summary>The workflows every benchmark runs, built in code so sizes can vary.</summary>
public static class Workloads
{
    /// <summary>N sequential SetVariable activities (literal values: the engine's own overhead, not Scriban's).</summary>
    public static WorkflowDefinition Sequential(string id, int steps, bool expressions = false)
    {
        var activities = Enumerable.Range(1, steps).Select(i => new ActivityModel
        {
            Id = $"s{i}",
            Type = "SetVariable",
            Inputs = new()
            {
                ["variable"] = InputValue.FromLiteral("counter"),
                ["value"] = expressions ? InputValue.FromScriban("variables.counter + 1") : InputValue.FromLiteral(i),
            },
        }).ToList();
        var connections = Enumerable.Range(1, steps - 1).Select(i => new ConnectionModel
        {
            Source = new() { Activity = $"s{i}", Port = "Done" },
            Target = new() { Activity = $"s{i + 1}" },
        }).ToList();
        return new WorkflowDefinition
        {
            DefinitionId = id,
            Name = id,
            Variables = [new VariableDefinition { Name = "counter", Type = "Number", Value = 0 }],
            Root = new FlowchartModel { Activities = activities, Connections = connections },
        };
    }

    /// <summary>One activity waiting for an event: the shape of a suspended instance.</summary>
    public static WorkflowDefinition Waiting(string id) => WorkflowJson.ParseDefinition($$"""
        { "definitionId": "{{id}}", "name": "{{id}}",
          "root": { "type": "Flowchart", "activities": [
            { "id": "wait", "type": "WaitForEvent", "inputs": {
                "eventName": { "type": "Literal", "value": "bench.go" },
                "correlationId": { "type": "Scriban", "value": "instance.id" } } } ], "connections": [] } }
        """);
}
