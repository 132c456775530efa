using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Domain.Tasks;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Activities.Bcm.Tasks;

/// <summary>
/// Design-time checks of <see cref="UserTask"/> and <see cref="Approval"/> on literal inputs (expressions are checked
/// when the task is created): assignees given and well formed, outcomes distinct, <c>commentRequiredFor</c> naming
/// existing outcomes, positive durations, one due date at most. Keyed by input path (<c>inputs.outcomes.value[1]</c>).
/// </summary>
internal static class HumanTaskValidation
{
    public static void Validate(ActivityModel model, ActivityValidationContext context, IReadOnlyList<string>? outcomes, IReadOnlyList<string> defaultCommentRequired)
    {
        CheckAssignees(model, context);
        var commentRequired = Literal(model, "commentRequiredFor") is JsonArray list ? Strings(list) : null;
        if (outcomes is not null)
        {
            foreach (var (key, messages) in TaskDefinitionRules.Check(outcomes, commentRequired ?? (model.Inputs.ContainsKey("outcomes") ? [] : defaultCommentRequired)))
                foreach (var message in messages) context.AddError(InputPath(key), message);
        }
        foreach (var name in new[] { "dueIn", "remindEvery" })
        {
            if (Literal(model, name) is JsonValue v && v.TryGetValue<string>(out var text) && TryDuration(text) is { } span && span <= TimeSpan.Zero)
                context.AddError($"inputs.{name}.value", "Use a positive duration such as PT4H or P1D.");
        }
        if (Literal(model, "dueAt") is JsonValue due && due.TryGetValue<string>(out var dueText) && !string.IsNullOrWhiteSpace(dueText))
        {
            try { HumanTaskActivity.ParseDueAt(dueText); }
            catch (FormatException ex) { context.AddError("inputs.dueAt.value", ex.Message); }
            if (HasValue(model, "dueIn")) context.AddError("inputs.dueAt", "Give dueIn or dueAt, not both.");
        }
        if (HasValue(model, "escalateTo") && !HasValue(model, "dueIn") && !HasValue(model, "dueAt"))
            context.AddWarning("inputs.escalateTo", "Escalation happens at the due date: give dueIn or dueAt.");
    }

    /// <summary>The literal outcomes of the model, or null when they are an expression (unknown until run time).</summary>
    public static IReadOnlyList<string>? LiteralOutcomes(ActivityModel model, IReadOnlyList<string> fallback)
    {
        if (!model.Inputs.TryGetValue("outcomes", out var value) || value?.Value is null) return fallback;
        return value.Type == InputValue.Literal && value.Value is JsonArray array ? Strings(array) : null;
    }

    private static void CheckAssignees(ActivityModel model, ActivityValidationContext context)
    {
        var value = Literal(model, "assignees");
        if (value is JsonArray array)
        {
            if (array.Count == 0) context.AddError("inputs.assignees.value", "Name at least one assignee (a person, role:{key} or orgunit:{id}).");
            for (var i = 0; i < array.Count; i++)
            {
                var text = array[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (!MemberRef.TryParse(text, out _))
                    context.AddError($"inputs.assignees.value[{i}]", $"'{array[i]?.ToJsonString()}' is not a member reference: use person:{{id}}, role:{{key}}, orgunit:{{id}} or a person id.");
            }
        }
        else if (value is JsonValue single && single.TryGetValue<string>(out var one) && string.IsNullOrWhiteSpace(one))
        {
            context.AddError("inputs.assignees.value", "Name at least one assignee (a person, role:{key} or orgunit:{id}).");
        }
    }

    private static string InputPath(string key)
    {
        var bracket = key.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? $"inputs.{key}.value" : $"inputs.{key[..bracket]}.value{key[bracket..]}";
    }

    private static JsonNode? Literal(ActivityModel model, string name) =>
        model.Inputs.TryGetValue(name, out var value) && value?.Type == InputValue.Literal ? value.Value : null;

    private static bool HasValue(ActivityModel model, string name) =>
        model.Inputs.TryGetValue(name, out var value) && value?.Value is not null
        && !(value.Value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s));

    private static List<string> Strings(JsonArray array) =>
        array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n?.ToJsonString() ?? "").ToList();

    private static TimeSpan? TryDuration(string text)
    {
        try { return InputConverter.ParseDuration(text); }
        catch (FormatException) { return null; }
    }
}
