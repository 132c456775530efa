using System.Text.Json.Nodes;

namespace BcmWorkflows.Engine.Model;

/// <summary>A workflow variable with its initial value.</summary>
public sealed class VariableDefinition
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "Any";
    public JsonNode? Value { get; set; }
}
