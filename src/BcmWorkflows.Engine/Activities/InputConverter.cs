using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using BcmWorkflows.Engine.Serialization;

namespace BcmWorkflows.Engine.Activities;

/// <summary>Converts an evaluated input value (JSON) to the CLR type of the input property.</summary>
public static class InputConverter
{
    /// <summary>Converts or throws <see cref="FormatException"/> saying what was expected.</summary>
    public static object? Convert(JsonNode? value, Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target);
        if (value is null) return underlying is not null || !target.IsValueType ? null : Activator.CreateInstance(target);
        target = underlying ?? target;

        if (target == typeof(JsonNode)) return value.DeepClone();
        if (target == typeof(string)) return AsString(value);
        if (target == typeof(TimeSpan)) return ParseDuration(AsString(value));
        if (target == typeof(bool)) return AsBoolean(value);
        if (target.IsEnum)
        {
            var text = AsString(value);
            return Enum.TryParse(target, text, ignoreCase: true, out var parsed) && Enum.IsDefined(target, parsed!)
                ? parsed
                : throw new FormatException($"Expected one of {string.Join(", ", Enum.GetNames(target))}, got '{text}'.");
        }

        try
        {
            if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && IsNumber(target))
                return System.Convert.ChangeType(decimal.Parse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture), target, CultureInfo.InvariantCulture);
            return value.Deserialize(target, WorkflowJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            throw new FormatException($"Expected {ActivityRegistry.DescribeType(target)}, got {Describe(value)}.", ex);
        }
    }

    /// <summary>
    /// The longest duration accepted: a timer due further off than this could not be stored as a date (TimeSpan alone
    /// reaches 29,000 years, a due date only year 9999), and no BCM cycle is that long.
    /// </summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(100 * 366);

    /// <summary>ISO 8601 duration (<c>PT15M</c>, <c>P1D</c>); <c>hh:mm:ss</c> is accepted too. At most <see cref="MaxDuration"/> either way.</summary>
    public static TimeSpan ParseDuration(string text)
    {
        text = text.Trim();
        TimeSpan? span = null;
        try
        {
            if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal)) span = XmlConvert.ToTimeSpan(text);
        }
        catch (OverflowException)
        {
            throw TooLong(text);
        }
        catch (FormatException)
        {
            // try hh:mm:ss below, then say what is expected
        }
        if (span is null && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var clock)) span = clock;
        if (span is null) throw new FormatException($"Expected an ISO 8601 duration such as PT15M or P1D, got '{text}'.");
        return span.Value.Duration() <= MaxDuration ? span.Value : throw TooLong(text);
    }

    private static FormatException TooLong(string text) => new($"The duration '{text}' is longer than 100 years.");

    private static string AsString(JsonNode value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => value.ToJsonString(WorkflowJson.Options),
    };

    private static bool AsBoolean(JsonNode value)
    {
        if (value is JsonValue v)
        {
            switch (v.GetValueKind())
            {
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                case JsonValueKind.String when bool.TryParse(v.GetValue<string>(), out var b): return b;
            }
        }
        throw new FormatException($"Expected Boolean, got {Describe(value)}.");
    }

    private static bool IsNumber(Type t) => t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal);

    private static string Describe(JsonNode value) => value switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => $"{v.GetValueKind().ToString().ToLowerInvariant()} {Shorten(v.ToJsonString())}",
        _ => "a value",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
