using System.Text.Json.Nodes;

namespace BcmWorkflows.Engine.Model;

/// <summary>
/// An activity input: <c>Literal</c> (the JSON value as is), <c>Scriban</c> (a template when the text
/// contains <c>{{</c>, otherwise an expression whose value keeps its type) or <c>Variable</c> (a variable's name).
/// </summary>
public sealed class InputValue
{
    public const string Literal = "Literal";
    public const string Scriban = "Scriban";
    public const string Variable = "Variable";

    public string Type { get; set; } = Literal;
    public JsonNode? Value { get; set; }

    public static InputValue FromLiteral(JsonNode? value) => new() { Type = Literal, Value = value };
    public static InputValue FromScriban(string expression) => new() { Type = Scriban, Value = JsonValue.Create(expression) };
}
