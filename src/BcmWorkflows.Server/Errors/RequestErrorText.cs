using System.Text.Json;
using System.Text.RegularExpressions;

namespace BcmWorkflows.Server.Errors;

/// <summary>
/// Turns the serializer's and the parameter binder's messages into ones a caller can act on: what was expected where,
/// without .NET type names (<c>System.Nullable`1[System.Int32]</c>, <c>StartInstance+Request</c>) or method advice.
/// </summary>
internal static partial class RequestErrorText
{
    /// <summary>The JSON error at its path, with line and byte.</summary>
    public static string Json(JsonException j)
    {
        var where = j.LineNumber is { } line ? $" (line {line + 1}, byte {j.BytePositionInLine + 1})" : "";
        var message = j.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        if (ConvertedTo().Match(message) is { Success: true } m) message = $"Expected {Expected(TypeAt(m.Groups["type"].Value, j.Path))} here.";
        else if (MissingRequired().Match(message) is { Success: true } r) message = $"Required: {r.Groups["names"].Value.TrimEnd('.')}.";
        return message + where;
    }

    /// <summary>
    /// The serializer names the declaring type when a constructor parameter fails (<c>StartInstance+Request</c> for
    /// <c>$.version</c>): look up the member the path ends in, so the message names the member's own type.
    /// </summary>
    private static string TypeAt(string typeName, string? path)
    {
        var member = path is null ? null : MemberName().Match(path) is { Success: true } p ? p.Groups["name"].Value : null;
        if (member is null || !typeName.StartsWith("BcmWorkflows.", StringComparison.Ordinal)) return typeName;
        var declaring = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("BcmWorkflows.", StringComparison.Ordinal) == true)
            .Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        var property = declaring?.GetProperty(member, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
        return property?.PropertyType.ToString() ?? typeName;
    }

    /// <summary>A route or query value that did not bind (<c>?page=abc</c>): its name and what it should be.</summary>
    public static (string Name, string Message)? Binding(string message) =>
        BindFailed().Match(message) is { Success: true } m
            ? (m.Groups["name"].Value, $"'{m.Groups["value"].Value}' is not {Expected(m.Groups["type"].Value)}.")
            : null;

    /// <summary>A body the binder could not read (no JSON error inside): no parameter type, just what to send.</summary>
    public static string? Unreadable(string message) =>
        ReadFailed().IsMatch(message) ? "The request body is missing or is not the JSON object this endpoint expects." : null;

    private static string Expected(string type)
    {
        var inner = NullableOf().Match(type) is { Success: true } n ? n.Groups["inner"].Value : type;
        inner = inner.Replace("System.", "", StringComparison.Ordinal);
        return inner switch
        {
            "Int16" or "Int32" or "Int64" or "int" or "long" or "short" => "a whole number",
            "Decimal" or "Double" or "Single" or "decimal" or "double" => "a number",
            "Boolean" or "bool" => "true or false",
            "String" or "string" => "a string",
            "DateTimeOffset" or "DateTime" => "a date and time (ISO 8601, e.g. 2026-11-28T09:00:00Z)",
            "DateOnly" => "a date (e.g. 2026-11-28)",
            "TimeSpan" => "a duration (e.g. 00:15:00)",
            "Guid" => "an id",
            _ when inner.StartsWith("Collections.Generic.List", StringComparison.Ordinal)
                || inner.StartsWith("Collections.Generic.IReadOnlyList", StringComparison.Ordinal)
                || inner.StartsWith("Collections.Generic.IList", StringComparison.Ordinal)
                || inner.EndsWith("[]", StringComparison.Ordinal) => "an array",
            _ when inner.Contains("Enum", StringComparison.Ordinal) => "one of the allowed values",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"^The JSON value could not be converted to (?<type>\S+?)\.?$")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>[^ "]+)" from "(?<value>.*)"\.$""")]
    private static partial Regex BindFailed();

    [GeneratedRegex("""^(Failed to read parameter|Implicit body inferred for parameter|Required parameter)""")]
    private static partial Regex ReadFailed();

    [GeneratedRegex(@"^JSON deserialization for type '[^']+' was missing required properties,? including(?: the following)?: (?<names>.+)$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex MemberName();

    [GeneratedRegex(@"^(System\.)?Nullable(`1\[|<)(?<inner>[^\]>]+)[\]>]$")]
    private static partial Regex NullableOf();
}
