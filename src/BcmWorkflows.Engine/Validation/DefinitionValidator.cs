using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Expressions;
using BcmWorkflows.Engine.Model;

namespace BcmWorkflows.Engine.Validation;

/// <summary>
/// Checks a definition and returns every problem with its JSON path. Loops are legal (escalations loop
/// back); activities that no start activity reaches are a warning.
/// </summary>
public sealed partial class DefinitionValidator(ActivityRegistry registry, ExpressionEngine expressions, IEnumerable<IDefinitionRule> rules)
{
    public const int MaxActivities = 2_000;

    public ValidationResult Validate(WorkflowDefinition definition)
    {
        var problems = new List<ValidationProblem>();
        CheckHeader(definition, problems);
        CheckListsPresent(definition, problems);
        var variableNames = CheckVariables(definition, problems);
        CheckTriggers(definition, problems);
        var activities = CheckActivities(definition, variableNames, problems);
        CheckConnections(definition, activities, problems);
        CheckReachability(definition, activities, problems);
        foreach (var rule in rules) problems.AddRange(rule.Check(definition));
        return new ValidationResult(problems);
    }

    private static void CheckHeader(WorkflowDefinition d, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(d.DefinitionId))
            problems.Add(new("$.definitionId", "A definition id is required."));
        else if (!IdPattern().IsMatch(d.DefinitionId))
            problems.Add(new("$.definitionId", "Use 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit."));
        if (d.Root is null)
        {
            problems.Add(new("$.root", "A root flowchart is required."));
            return;
        }
        if (!string.Equals(d.Root.Type, "Flowchart", StringComparison.Ordinal))
            problems.Add(new("$.root.type", $"The root must be a Flowchart, not '{d.Root.Type}'."));
        if (d.Root.Activities?.Count > MaxActivities)
            problems.Add(new("$.root.activities", $"At most {MaxActivities} activities are allowed."));
    }

    // JSON null is accepted for a list by the parser, but the runtime iterates these lists.
    private static void CheckListsPresent(WorkflowDefinition d, List<ValidationProblem> problems)
    {
        const string Message = "Must be a list (or left out), not null.";
        if (d.Inputs is null) problems.Add(new("$.inputs", Message));
        if (d.Variables is null) problems.Add(new("$.variables", Message));
        if (d.Triggers is null) problems.Add(new("$.triggers", Message));
        if (d.Root is null) return;
        if (d.Root.Activities is null) problems.Add(new("$.root.activities", Message));
        if (d.Root.Connections is null) problems.Add(new("$.root.connections", Message));
    }

    private static HashSet<string> CheckVariables(WorkflowDefinition d, List<ValidationProblem> problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var variables = d.Variables ?? [];
        for (var i = 0; i < variables.Count; i++)
        {
            var name = variables[i]?.Name;
            if (string.IsNullOrWhiteSpace(name)) problems.Add(new($"$.variables[{i}].name", "A variable name is required."));
            else if (!names.Add(name)) problems.Add(new($"$.variables[{i}].name", $"The variable '{name}' is declared twice."));
            if (variables[i] is { } variable) CheckDeclaredType($"$.variables[{i}]", variable.Type, "value", variable.Value, problems);
        }
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        var declared = d.Inputs ?? [];
        for (var i = 0; i < declared.Count; i++)
        {
            var name = declared[i]?.Name;
            if (string.IsNullOrWhiteSpace(name)) problems.Add(new($"$.inputs[{i}].name", "An input name is required."));
            else if (!inputs.Add(name)) problems.Add(new($"$.inputs[{i}].name", $"The input '{name}' is declared twice."));
            if (declared[i] is { } input) CheckDeclaredType($"$.inputs[{i}]", input.Type, "default", input.Default, problems);
        }
        return names;
    }

    /// <summary>A declared type must be one the runtime checks, and a given initial or default value must be of it.</summary>
    private static void CheckDeclaredType(string path, string? type, string valueName, JsonNode? value, List<ValidationProblem> problems)
    {
        if (!DeclaredTypes.IsKnown(type))
            problems.Add(new($"{path}.type", $"Unknown type '{type}'; use one of {string.Join(", ", DeclaredTypes.Names)}."));
        else if (value is not null && !DeclaredTypes.Fits(value, type!))
            problems.Add(new($"{path}.{valueName}", $"The {valueName} must be {type}."));
    }

    private static void CheckTriggers(WorkflowDefinition d, List<ValidationProblem> problems)
    {
        var triggers = d.Triggers ?? [];
        for (var i = 0; i < triggers.Count; i++)
        {
            var trigger = triggers[i];
            var path = $"$.triggers[{i}]";
            switch (trigger?.Type)
            {
                case TriggerDefinition.EventType:
                    if (string.IsNullOrWhiteSpace(trigger.EventName)) problems.Add(new($"{path}.eventName", "An Event trigger needs an event name."));
                    break;
                case TriggerDefinition.CronType:
                    if (string.IsNullOrWhiteSpace(trigger.Expression)) problems.Add(new($"{path}.expression", "A Cron trigger needs a cron expression."));
                    break;
                default:
                    problems.Add(new($"{path}.type", $"Unknown trigger type '{trigger?.Type}'; use Event or Cron."));
                    break;
            }
        }
    }

    private Dictionary<string, (ActivityModel Model, ActivityDescriptor? Descriptor)> CheckActivities(
        WorkflowDefinition d, HashSet<string> variables, List<ValidationProblem> problems)
    {
        var result = new Dictionary<string, (ActivityModel, ActivityDescriptor?)>(StringComparer.Ordinal);
        var list = d.Root?.Activities ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var activity = list[i];
            var path = $"$.root.activities[{i}]";
            if (activity is null)
            {
                problems.Add(new(path, "An activity cannot be null."));
                continue;
            }
            if (string.IsNullOrWhiteSpace(activity.Id))
                problems.Add(new($"{path}.id", "An activity id is required."));
            else if (!IdPattern().IsMatch(activity.Id))
                problems.Add(new($"{path}.id", "Use 1-100 letters, digits, '.', '_' or '-' for an activity id."));
            else if (result.ContainsKey(activity.Id))
                problems.Add(new($"{path}.id", $"The activity id '{activity.Id}' is used twice."));

            var descriptor = registry.Find(activity.Type ?? "");
            if (descriptor is null)
                problems.Add(new($"{path}.type", $"Unknown activity type '{activity.Type}'."));
            else
                CheckInputs(activity, descriptor, path, variables, problems);

            if (!string.IsNullOrWhiteSpace(activity.Id)) result.TryAdd(activity.Id, (activity, descriptor));
        }
        return result;
    }

    private void CheckInputs(ActivityModel activity, ActivityDescriptor descriptor, string path, HashSet<string> variables, List<ValidationProblem> problems)
    {
        activity.Inputs ??= new(StringComparer.Ordinal);
        foreach (var input in descriptor.Inputs)
        {
            var inputPath = $"{path}.inputs.{input.Name}";
            if (!activity.Inputs.TryGetValue(input.Name, out var value) || value is null || value.Value is null)
            {
                if (input.Required) problems.Add(new(inputPath, $"The input '{input.Name}' is required."));
                continue;
            }
            CheckInputValue(value, input, inputPath, variables, problems);
        }
        foreach (var name in activity.Inputs.Keys.Where(n => descriptor.Inputs.All(x => x.Name != n)))
            problems.Add(new($"{path}.inputs.{name}", $"'{descriptor.Type}' has no input '{name}'; it is ignored.", ProblemSeverity.Warning));

        descriptor.ModelValidator?.Invoke(activity, new ActivityValidationContext(path, problems, expressions, variables));
    }

    private void CheckInputValue(InputValue value, InputDescriptor input, string path, HashSet<string> variables, List<ValidationProblem> problems)
    {
        switch (value.Type)
        {
            case InputValue.Literal:
                if (input.Raw) break;
                try
                {
                    InputConverter.Convert(value.Value, input.Property.PropertyType);
                }
                catch (FormatException ex)
                {
                    problems.Add(new($"{path}.value", ex.Message));
                }
                break;
            case InputValue.Scriban:
                if (!TryGetString(value.Value, out var text))
                {
                    problems.Add(new($"{path}.value", "A Scriban value must be a string."));
                    break;
                }
                foreach (var error in expressions.Check(text))
                    problems.Add(new($"{path}.value", $"Scriban does not parse: {error.Message} (line {error.Line}, column {error.Column})."));
                break;
            case InputValue.Variable:
                if (!TryGetString(value.Value, out var name) || string.IsNullOrWhiteSpace(name))
                    problems.Add(new($"{path}.value", "A Variable value must name a variable."));
                else if (!variables.Contains(name))
                    problems.Add(new($"{path}.value", $"No variable named '{name}' is declared."));
                break;
            default:
                problems.Add(new($"{path}.type", $"Unknown value type '{value.Type}'; use Literal, Scriban or Variable."));
                break;
        }
    }

    private static void CheckConnections(WorkflowDefinition d, Dictionary<string, (ActivityModel Model, ActivityDescriptor? Descriptor)> activities, List<ValidationProblem> problems)
    {
        var list = d.Root?.Connections ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i];
            var path = $"$.root.connections[{i}]";
            if (c?.Source is null || c.Target is null)
            {
                problems.Add(new(path, "A connection needs a source and a target."));
                continue;
            }
            if (!activities.TryGetValue(c.Source.Activity ?? "", out var source))
                problems.Add(new($"{path}.source.activity", $"No activity with id '{c.Source.Activity}'."));
            else if (source.Descriptor is not null)
            {
                var ports = source.Descriptor.GetOutcomes(source.Model);
                if (string.IsNullOrEmpty(c.Source.Port))
                    problems.Add(new($"{path}.source.port", $"A port is required; '{source.Model.Id}' has {PortList(ports)}."));
                else if (!ports.Contains(c.Source.Port, StringComparer.Ordinal))
                    problems.Add(new($"{path}.source.port", $"'{source.Model.Id}' ({source.Descriptor.Type}) has no port '{c.Source.Port}'; it has {PortList(ports)}."));
            }
            if (!activities.ContainsKey(c.Target.Activity ?? ""))
                problems.Add(new($"{path}.target.activity", $"No activity with id '{c.Target.Activity}'."));
        }
    }

    private static void CheckReachability(WorkflowDefinition d, Dictionary<string, (ActivityModel Model, ActivityDescriptor? Descriptor)> activities, List<ValidationProblem> problems)
    {
        var connections = (d.Root?.Connections ?? []).Where(c => c?.Source is not null && c.Target is not null).ToList();
        var targets = connections.Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
        var reached = new HashSet<string>(activities.Keys.Where(id => !targets.Contains(id)), StringComparer.Ordinal);
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var id))
        {
            foreach (var c in connections.Where(c => c.Source.Activity == id))
                if (reached.Add(c.Target.Activity)) queue.Enqueue(c.Target.Activity);
        }
        var list = d.Root?.Activities ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i]?.Id is { } id && !reached.Contains(id))
                problems.Add(new($"$.root.activities[{i}]", $"'{id}' is unreachable: no start activity leads to it.", ProblemSeverity.Warning));
        }
    }

    private static string PortList(IReadOnlyList<string> ports) =>
        ports.Count == 0 ? "no ports" : "ports " + string.Join(", ", ports.Select(p => $"'{p}'"));

    private static bool TryGetString(JsonNode? node, out string text)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            text = v.GetValue<string>();
            return true;
        }
        text = "";
        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex IdPattern();
}
