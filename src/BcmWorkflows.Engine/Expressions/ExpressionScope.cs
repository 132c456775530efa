using System.Text.Json.Nodes;

namespace BcmWorkflows.Engine.Expressions;

/// <summary>What an expression can see: <c>input</c>, <c>variables</c>, <c>outputs</c>, <c>instance</c>, <c>now</c>.</summary>
public sealed record ExpressionScope(
    JsonObject Input,
    JsonObject Variables,
    IReadOnlyDictionary<string, JsonObject> Outputs,
    JsonObject Instance,
    DateTimeOffset Now)
{
    /// <summary>Extra top-level names (an activity may add e.g. <c>item</c>).</summary>
    public IReadOnlyDictionary<string, JsonNode?>? Extra { get; init; }
}
