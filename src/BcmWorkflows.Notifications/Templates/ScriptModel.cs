using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace BcmWorkflows.Notifications.Templates;

/// <summary>
/// Turns the JSON model into Scriban objects, arrays and primitives. Only plain data crosses into a template, never a
/// .NET object: that is half of the sandbox (the member filter is the other half).
/// </summary>
internal static class ScriptModel
{
    public static ScriptObject ToGlobals(JsonObject model)
    {
        var globals = new ScriptObject(model.Count);
        foreach (var (name, value) in model) globals.SetValue(name, ToScript(value), false);
        return globals;
    }

    public static object? ToScript(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                return ToGlobals(obj);
            case JsonArray array:
                var list = new ScriptArray(array.Count);
                foreach (var item in array) list.Add(ToScript(item));
                return list;
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => Number(value),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static object Number(JsonValue value)
    {
        if (value.TryGetValue<int>(out var i)) return i;
        if (value.TryGetValue<long>(out var l)) return l;
        if (value.TryGetValue<double>(out var d)) return d;
        return double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);
    }
}
