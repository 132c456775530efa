using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace BcmWorkflows.Scripting;

/// <summary>
/// Converts between JSON values and Scriban values. Only plain data crosses into a script: no .NET object is ever
/// exposed, which is half of the sandbox (the member filter of each sandbox is the other half).
/// </summary>
public static class ScriptValues
{
    /// <summary>A JSON object as the globals of a script: its members become top-level names.</summary>
    public static ScriptObject ToGlobals(JsonObject model) => (ScriptObject)ToScript(model)!;

    public static object? ToScript(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var so = new ScriptObject(obj.Count);
                foreach (var (key, value) in obj) so.SetValue(key, ToScript(value), false);
                return so;
            case JsonArray array:
                var sa = new ScriptArray(array.Count);
                foreach (var item in array) sa.Add(ToScript(item));
                return sa;
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

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d when double.IsFinite(d) => JsonValue.Create(d),
        double d => JsonValue.Create(d.ToString(CultureInfo.InvariantCulture)),
        float f => JsonValue.Create((double)f),
        decimal m => JsonValue.Create(m),
        BigInteger big => JsonValue.Create((decimal)big),
        short or byte or sbyte or ushort or uint or ulong => JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        DateTime dt => JsonValue.Create(new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture)),
        DateTimeOffset dto => JsonValue.Create(dto.ToString("O", CultureInfo.InvariantCulture)),
        TimeSpan ts => JsonValue.Create(System.Xml.XmlConvert.ToString(ts)),
        // Before IScriptObject: a ScriptArray is one too, and has no named members.
        ScriptArray array => ListToJson(array),
        IScriptObject so => ObjectToJson(so),
        IDictionary dict => DictionaryToJson(dict),
        IEnumerable list => ListToJson(list),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static JsonObject ObjectToJson(IScriptObject so)
    {
        var result = new JsonObject();
        foreach (var member in so.GetMembers())
        {
            if (so is ScriptObject plain && plain.TryGetValue(member, out var v)) result[member] = ToJson(v);
        }
        return result;
    }

    private static JsonObject DictionaryToJson(IDictionary dict)
    {
        var result = new JsonObject();
        foreach (DictionaryEntry entry in dict) result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = ToJson(entry.Value);
        return result;
    }

    private static JsonArray ListToJson(IEnumerable list)
    {
        var result = new JsonArray();
        foreach (var item in list) result.Add(ToJson(item));
        return result;
    }
}
