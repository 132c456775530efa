using System.Text.Json;
using System.Text.Json.Serialization;

namespace BcmWorkflows.Engine.Serialization;

/// <summary>
/// For server-owned fields, which are returned and ignored on input: a value of the wrong type (a client echoing
/// <c>"version": "3"</c>) reads as absent instead of failing the whole request. Well-typed values read as usual, so the
/// server's own stored JSON round-trips.
/// </summary>
public sealed class IgnoredOnInputConverter<T> : JsonConverter<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var start = reader;
        try
        {
            return JsonSerializer.Deserialize<T>(ref reader, options);
        }
        catch (JsonException)
        {
            reader = start;
            reader.Skip();
            return default;
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
