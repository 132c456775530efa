using System.Text.Json.Nodes;

namespace BcmWorkflows.Bench.Designer;

/// <summary>
/// A definition of exactly <c>count</c> activities with positions: a chain of Log activities laid out in rows of
/// <see cref="PerRow"/>, where every 10th chain step is a Decision whose False port leads to a side branch (a Log below it).
/// </summary>
public static class LargeDefinition
{
    private const int PerRow = 20;
    private const int ColumnWidth = 260;
    private const int RowHeight = 260;

    public static JsonObject Create(string definitionId, int count)
    {
        var activities = new JsonArray();
        var connections = new JsonArray();
        string? previous = null;
        var previousPort = "Done";
        for (var step = 0; activities.Count < count; step++)
        {
            var (col, row) = (step % PerRow, step / PerRow);
            var (x, y) = (40 + col * ColumnWidth, 40 + row * RowHeight);
            var id = $"a{step}";
            var isDecision = step % 10 == 9 && activities.Count + 2 <= count;
            activities.Add(isDecision
                ? Activity(id, "Decision", $"Check {step}", "condition", new JsonObject { ["type"] = "Scriban", ["value"] = "true" }, x, y)
                : Activity(id, "Log", $"Step {step}", "message", new JsonObject { ["type"] = "Literal", ["value"] = $"step {step}" }, x, y));
            if (previous is not null) connections.Add(Connection(previous, previousPort, id));
            if (isDecision)
            {
                var branch = $"b{step}";
                activities.Add(Activity(branch, "Log", $"Branch {step}", "message", new JsonObject { ["type"] = "Literal", ["value"] = "branch" }, x, y + RowHeight / 2));
                connections.Add(Connection(id, "False", branch));
            }
            (previous, previousPort) = (id, isDecision ? "True" : "Done");
        }
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = $"Benchmark: {count} activities",
            ["root"] = new JsonObject { ["type"] = "Flowchart", ["activities"] = activities, ["connections"] = connections },
        };
    }

    private static JsonObject Activity(string id, string type, string name, string input, JsonObject value, int x, int y) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["name"] = name,
        ["inputs"] = new JsonObject { [input] = value },
        ["designer"] = new JsonObject { ["x"] = x, ["y"] = y },
    };

    private static JsonObject Connection(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target },
    };
}
