using System.Text.Json.Nodes;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>Builds a new instance: inputs with defaults, variables with initial values, every start activity queued.</summary>
internal static class WorkflowInstanceFactory
{
    public static WorkflowInstance Create(WorkflowSnapshot snapshot, string id, JsonObject input, string? correlationId, DateTimeOffset now)
    {
        var definition = snapshot.Definition;
        var state = new WorkflowState { Input = (JsonObject)input.DeepClone() };
        foreach (var declared in definition.Inputs)
        {
            if (!state.Input.ContainsKey(declared.Name) && declared.Default is not null)
                state.Input[declared.Name] = declared.Default.DeepClone();
        }
        foreach (var variable in definition.Variables)
            state.Variables[variable.Name] = variable.Value?.DeepClone();
        foreach (var start in WorkflowGraph.StartActivitiesOf(definition.Root))
            state.Queue.Add(new ScheduledWork { ActivityId = start });

        return new WorkflowInstance
        {
            Id = id,
            DefinitionId = snapshot.DefinitionId,
            DefinitionVersion = snapshot.Version,
            SnapshotId = snapshot.SnapshotId,
            Status = WorkflowStatus.Running,
            CorrelationId = string.IsNullOrEmpty(correlationId) ? null : correlationId,
            CreatedAt = now,
            UpdatedAt = now,
            State = state,
        };
    }
}
