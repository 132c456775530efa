using System.Text.Json;
using System.Text.Json.Serialization;

namespace BcmWorkflows.Server.Errors;

/// <summary>
/// Refuses a request body string holding U+0000, wherever it sits, with the JSON path of the value. PostgreSQL's text
/// cannot store the character while SQLite can: without this the same request was a 400 on one database and stored on
/// the other. A NUL is never meaningful in a name, a message or an identifier.
/// </summary>
internal sealed class NulRejectingStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"Expected a string, found {reader.TokenType}.");
        return Checked(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string Checked(string value) =>
        value.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException("The text contains a NUL character (U+0000), which cannot be stored.")
            : value;
}
