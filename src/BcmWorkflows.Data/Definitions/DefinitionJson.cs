using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Serialization;

namespace BcmWorkflows.Data;

/// <summary>How a definition is stored (server-owned fields stripped) and how two definitions are compared and addressed.</summary>
internal static class DefinitionJson
{
    private static readonly string[] ServerOwned = ["version", "isLatest", "isPublished", "createdAt", "createdBy"];

    /// <summary>The definition as stored in a snapshot: the engine's JSON without server-owned fields.</summary>
    public static string Serialize(WorkflowDefinition definition)
    {
        var node = JsonSerializer.SerializeToNode(definition, WorkflowJson.Options)!.AsObject();
        foreach (var name in ServerOwned) node.Remove(name);
        return node.ToJsonString(WorkflowJson.Options);
    }

    /// <summary>Object keys sorted at every level: two definitions that differ only in key order compare equal.</summary>
    public static string Canonical(string json) => Sort(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    /// <summary>SHA-256 (lower-case hex) of definition id, version and canonical JSON.</summary>
    public static string SnapshotId(string definitionId, int version, string json)
    {
        var text = $"{definitionId}\n{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n{Canonical(json)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        _ => node?.DeepClone(),
    };
}
