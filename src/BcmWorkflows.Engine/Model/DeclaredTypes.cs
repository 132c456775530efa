using System.Text.Json;
using System.Text.Json.Nodes;

namespace BcmWorkflows.Engine.Model;

/// <summary>The types a workflow input or variable may declare, and whether a JSON value fits one.</summary>
public static class DeclaredTypes
{
    public static readonly IReadOnlyList<string> Names = ["String", "Number", "Boolean", "Object", "Array", "Any"];

    public static bool IsKnown(string? type) => type is not null && Names.Contains(type, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="value"/> (not null) is a <paramref name="type"/>; anything fits <c>Any</c>.</summary>
    public static bool Fits(JsonNode value, string type) => type switch
    {
        "String" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "Number" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        "Boolean" => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "Object" => value is JsonObject,
        "Array" => value is JsonArray,
        _ => true,
    };
}
