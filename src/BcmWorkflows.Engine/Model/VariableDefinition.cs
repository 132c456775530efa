using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BcmWorkflows.Engine.Model;

/// <summary>A workflow variable with its initial value.</summary>
public sealed class VariableDefinition
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "Any";
    public JsonNode? Value { get; set; }
    public string? Description { get; set; }

    /// <summary>Fields this server does not know: kept and returned as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
