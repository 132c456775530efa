using System.Text;
using System.Text.Json.Nodes;

namespace BcmWorkflows.Server.Tests.Fuzz;

/// <summary>
/// Mutates a valid JSON document: structural mutations on the tree (drop, rename, retype, hostile strings, unknown
/// activity types and ports, cycles) and textual ones on its serialization (duplicate keys, deep nesting, truncation,
/// flipped bytes). Every mutation is named so a failure says what was sent.
/// </summary>
public static class JsonMutator
{
    /// <summary>Applies one to three mutations to <paramref name="valid"/>; returns the body and the mutations' names.</summary>
    public static (string Body, string Mutations) Mutate(JsonNode valid, Random random)
    {
        var tree = valid.DeepClone();
        var names = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++) names.Add(MutateTree(tree, random));
        var text = tree.ToJsonString();
        if (random.Next(3) == 0)
        {
            (text, var name) = MutateText(text, random);
            names.Add(name);
        }
        return (text, string.Join("+", names));
    }

    private static string MutateTree(JsonNode root, Random random)
    {
        var objects = Descendants(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0) return "none";
        var target = FuzzText.Pick(random, objects);
        var key = FuzzText.Pick(random, target.Select(p => p.Key).ToList());
        switch (random.Next(9))
        {
            case 0:
                target.Remove(key);
                return $"drop {key}";
            case 1:
                var moved = target[key]?.DeepClone();
                target.Remove(key);
                target[Rename(key, random)] = moved;
                return $"rename {key}";
            case 2:
                target[key] = WrongType(target[key], random);
                return $"retype {key}";
            case 3:
            case 4:
                var strings = Descendants(root).Where(n => n is JsonValue v && v.TryGetValue<string>(out _)).ToList();
                if (strings.Count == 0) return "none";
                var victim = FuzzText.Pick(random, strings);
                victim.ReplaceWith(FuzzText.Any(random));
                return $"string at {victim.GetPath()}";
            case 5:
                var typed = Descendants(root).OfType<JsonObject>().Where(o => o["type"] is JsonValue).ToList();
                if (typed.Count == 0) return "none";
                FuzzText.Pick(random, typed)["type"] = FuzzText.Pick(random, ["NoSuchActivity", "", "flowchart", "Literal ", "Scriban", "Sequence", "Event", "📦"]);
                return "unknown type";
            case 6:
                var sources = Descendants(root).OfType<JsonObject>().Where(o => o["port"] is JsonValue || o["activity"] is JsonValue).ToList();
                if (sources.Count == 0) return "none";
                var end = FuzzText.Pick(random, sources);
                if (end["port"] is not null) end["port"] = FuzzText.Pick(random, ["NoSuchPort", "", "done", "Done ", "Completed"]);
                else end["activity"] = FuzzText.Pick(random, ["missing", "", "run"]);
                return "unknown port or activity";
            case 7:
                return AddCycle(root, random);
            default:
                target[key] = Scriban(random);
                return $"scriban at {key}";
        }
    }

    private static JsonNode Scriban(Random random) => new JsonObject { ["type"] = "Scriban", ["value"] = FuzzText.Scriban(random) };

    /// <summary>Connects an activity back to an earlier one (or to itself).</summary>
    private static string AddCycle(JsonNode root, Random random)
    {
        var connections = Descendants(root).OfType<JsonObject>().Select(o => o["connections"]).OfType<JsonArray>().FirstOrDefault();
        var activities = Descendants(root).OfType<JsonObject>().Select(o => o["activities"]).OfType<JsonArray>().FirstOrDefault();
        if (connections is null || activities is null || activities.Count == 0) return "none";
        var ids = activities.OfType<JsonObject>().Select(a => a["id"]?.ToString() ?? "").ToList();
        var (from, to) = (FuzzText.Pick(random, ids), FuzzText.Pick(random, ids));
        connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = from, ["port"] = FuzzText.Pick(random, ["Done", "True", "Completed"]) },
            ["target"] = new JsonObject { ["activity"] = to },
        });
        return $"cycle {from}->{to}";
    }

    private static string Rename(string key, Random random) => random.Next(4) switch
    {
        0 => key.ToUpperInvariant(),
        1 => key + "_",
        2 => "",
        _ => FuzzText.Junk(random, 6),
    };

    private static JsonNode? WrongType(JsonNode? current, Random random) => random.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(2) == 0 ? -1 : random.Next()),
        3 => JsonValue.Create(random.Next(2) == 0 ? 1e308 : 0.5),
        4 => new JsonArray(current?.DeepClone(), 1, "x"),
        5 => new JsonObject { ["value"] = current?.DeepClone() },
        6 => JsonValue.Create(current?.ToJsonString() ?? "null"),
        _ => new JsonArray(),
    };

    private static (string Text, string Name) MutateText(string text, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                return (text[..random.Next(text.Length)], "truncate");
            case 1:
                var depth = random.Next(50, 3000);
                var open = random.Next(2) == 0 ? "[" : "{\"a\":";
                var close = open == "[" ? "]" : "}";
                var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
                var colon = text.IndexOf("\":", StringComparison.Ordinal);
                var valueEnd = colon < 0 ? -1 : text.IndexOfAny([',', '}'], colon);
                return colon < 0 || valueEnd < 0 ? (nested, "nest only") : (text[..(colon + 2)] + nested + text[valueEnd..], $"nest {depth}");
            case 2:
                var at = text.IndexOf("\":", StringComparison.Ordinal);
                var keyStart = at < 0 ? -1 : text.LastIndexOf('"', at - 1);
                if (keyStart < 0) return (text, "none");
                var key = text[keyStart..(at + 2)];
                return (text[..keyStart] + key + "\"duplicate\"," + text[keyStart..], "duplicate key");
            case 3:
                var bytes = Encoding.UTF8.GetBytes(text);
                for (var i = random.Next(1, 5); i > 0; i--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return (Encoding.UTF8.GetString(bytes), "flip bytes");
            default:
                return (text + FuzzText.Pick(random, ["}", ",", " trailing", "\u0000", "{}"]), "trailing junk");
        }
    }

    /// <summary>Every node of the tree (the root included), depth first.</summary>
    public static IEnumerable<JsonNode> Descendants(JsonNode? node)
    {
        if (node is null) yield break;
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.ToList())
            foreach (var descendant in Descendants(child))
                yield return descendant;
    }
}
