using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BcmWorkflows.Engine.Model;

/// <summary>A named input the workflow accepts when it starts.</summary>
public sealed class WorkflowInputDefinition
{
    public string Name { get; set; } = "";
    /// <summary><c>String</c>, <c>Number</c>, <c>Boolean</c>, <c>Object</c>, <c>Array</c> or <c>Any</c>.</summary>
    public string Type { get; set; } = "Any";
    public bool Required { get; set; }
    public string? Description { get; set; }
    /// <summary>Used when the caller leaves the input out.</summary>
    public JsonNode? Default { get; set; }

    /// <summary>Fields this server does not know: kept and returned as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
