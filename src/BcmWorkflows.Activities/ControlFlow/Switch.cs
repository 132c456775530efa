using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Activities.ControlFlow;

/// <summary>Routes to the port of the matching case(s), or <c>Default</c> when none matches.</summary>
[Activity("Switch", "Control flow", "Routes to the port of the first matching case (MatchFirst) or of every matching case (MatchAny); Default when none matches.")]
[Outcomes("Default")]
public sealed class Switch : Activity, IHasDynamicOutcomes, IValidatesModel
{
    [Input(Required = true, Raw = true, Description = "Cases: a list of { \"name\", \"condition\" }; each name becomes a port.", UiHint = "Cases")]
    public List<SwitchCase> Cases { get; set; } = [];

    [Input(Description = "MatchFirst (default) or MatchAny.")]
    public SwitchMode Mode { get; set; } = SwitchMode.MatchFirst;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var matched = new List<string>();
        foreach (var @case in ReadCases(context.GetRawInput("cases")))
        {
            var value = context.Evaluate(@case.Condition);
            if (!IsTrue(value)) continue;
            matched.Add(@case.Name);
            if (Mode == SwitchMode.MatchFirst) break;
        }
        context.Complete(matched.Count == 0 ? ["Default"] : [.. matched]);
        return ValueTask.CompletedTask;
    }

    public static IReadOnlyList<string> GetOutcomes(ActivityModel model) =>
        [.. TryReadCases(model.Inputs.GetValueOrDefault("cases")).Select(c => c.Name).Where(n => !string.IsNullOrEmpty(n)), "Default"];

    public static void Validate(ActivityModel model, ActivityValidationContext context)
    {
        var raw = model.Inputs.GetValueOrDefault("cases");
        if (raw?.Value is null) return;
        if (raw.Type != InputValue.Literal || raw.Value is not JsonArray array)
        {
            context.AddError("inputs.cases", "Cases must be a Literal list of { \"name\", \"condition\" }.");
            return;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"inputs.cases.value[{i}]";
            if (array[i] is not JsonObject item)
            {
                context.AddError(path, "A case must be an object with a name and a condition.");
                continue;
            }
            var name = (item["name"] as JsonValue)?.TryGetValue<string>(out var n) == true ? n : null;
            var condition = (item["condition"] as JsonValue)?.TryGetValue<string>(out var c) == true ? c : null;
            if (string.IsNullOrWhiteSpace(name)) context.AddError($"{path}.name", "A case needs a name (its port).");
            else if (name == "Default" || !names.Add(name)) context.AddError($"{path}.name", $"The case name '{name}' is used twice or is reserved.");
            if (string.IsNullOrWhiteSpace(condition)) context.AddError($"{path}.condition", "A case needs a condition.");
            else context.CheckExpression($"{path}.condition", condition);
        }
    }

    private static List<SwitchCase> ReadCases(InputValue? raw) =>
        raw?.Value is JsonArray array ? array.Deserialize<List<SwitchCase?>>(WorkflowJson.Options)?.OfType<SwitchCase>().ToList() ?? [] : [];

    private static List<SwitchCase> TryReadCases(InputValue? raw)
    {
        try
        {
            return ReadCases(raw);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static bool IsTrue(JsonNode? value) => value is JsonValue v && v.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => bool.TryParse(v.GetValue<string>(), out var b) && b,
        _ => false,
    };
}
