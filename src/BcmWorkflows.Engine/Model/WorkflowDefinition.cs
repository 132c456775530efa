namespace BcmWorkflows.Engine.Model;

/// <summary>
/// A workflow definition as written in <c>workflows/*.json</c> and exchanged over the API.
/// Server-owned fields (<see cref="Version"/>, <see cref="IsLatest"/>, <see cref="IsPublished"/>,
/// <see cref="CreatedAt"/>, <see cref="CreatedBy"/>) are filled on output and ignored on input.
/// </summary>
public sealed class WorkflowDefinition
{
    public string DefinitionId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public List<WorkflowInputDefinition> Inputs { get; set; } = [];
    public List<VariableDefinition> Variables { get; set; } = [];
    public List<TriggerDefinition> Triggers { get; set; } = [];
    public FlowchartModel Root { get; set; } = new();

    public int? Version { get; set; }
    public bool? IsLatest { get; set; }
    public bool? IsPublished { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
