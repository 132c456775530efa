using System.Text.Json;

namespace BcmWorkflows.Domain;

/// <summary>Nested content kept in JSON text columns (impact rows, plan sections): one set of options for reading and writing.</summary>
public static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string? json, T whenEmpty) =>
        string.IsNullOrEmpty(json) ? whenEmpty : JsonSerializer.Deserialize<T>(json, Options) ?? whenEmpty;
}
