using System.Text.Json;
using System.Text.Json.Serialization;
using BcmWorkflows.Engine.Serialization;

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

    [JsonConverter(typeof(IgnoredOnInputConverter<int?>))]
    public int? Version { get; set; }
    [JsonConverter(typeof(IgnoredOnInputConverter<bool?>))]
    public bool? IsLatest { get; set; }
    [JsonConverter(typeof(IgnoredOnInputConverter<bool?>))]
    public bool? IsPublished { get; set; }
    [JsonConverter(typeof(IgnoredOnInputConverter<DateTimeOffset?>))]
    public DateTimeOffset? CreatedAt { get; set; }
    [JsonConverter(typeof(IgnoredOnInputConverter<string?>))]
    public string? CreatedBy { get; set; }

    /// <summary>Fields this server does not know (another tool's metadata): kept and returned as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
