using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Model;

namespace BcmWorkflows.Engine.Tests.Support;

/// <summary>Short names for input values.</summary>
public static class In
{
    public static InputValue Lit(JsonNode? value) => InputValue.FromLiteral(value);

    /// <summary>A Scriban expression or template.</summary>
    public static InputValue Expr(string text) => InputValue.FromScriban(text);

    /// <summary>A message: a template when it contains <c>{{</c>, otherwise a string literal.</summary>
    public static InputValue Text(string text) => text.Contains("{{", StringComparison.Ordinal) ? Expr(text) : Lit(text);

    public static InputValue Var(string name) => new() { Type = InputValue.Variable, Value = name };
}
