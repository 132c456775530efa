using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BcmWorkflows.Engine.Model;

/// <summary>One node of the flowchart: its type, its input values and where the designer drew it.</summary>
public sealed class ActivityModel
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string? Name { get; set; }
    public string? Description { get; set; }
    public Dictionary<string, InputValue> Inputs { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Designer data (position, size, ...): stored and returned untouched.</summary>
    public JsonObject? Designer { get; set; }

    /// <summary>Fields this server does not know: kept and returned as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
