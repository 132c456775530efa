using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BcmWorkflows.Engine.Model;

namespace BcmWorkflows.Engine.Serialization;

/// <summary>The one set of JSON options for definitions and engine state: camelCase, nulls omitted.</summary>
public static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            RespectNullableAnnotations = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Parses a definition; throws <see cref="JsonException"/> with path and position on bad JSON.</summary>
    public static WorkflowDefinition ParseDefinition(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options)
        ?? throw new JsonException("The definition is null.");

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
