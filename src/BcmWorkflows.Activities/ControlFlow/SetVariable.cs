using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Activities.ControlFlow;

/// <summary>Sets a workflow variable to a value.</summary>
[Activity("SetVariable", "Control flow", "Sets a workflow variable to the value of an expression or literal.", DisplayName = "Set variable")]
[Outcomes("Done")]
public sealed class SetVariable : Activity, IValidatesModel
{
    [Input(Required = true, Description = "The name of the variable to set.", UiHint = "Variable")]
    public string Variable { get; set; } = "";

    [Input(Description = "The new value.")]
    public JsonNode? Value { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.SetVariable(Variable, Value);
        context.Complete("Done");
        return ValueTask.CompletedTask;
    }

    public static void Validate(ActivityModel model, ActivityValidationContext context)
    {
        if (model.Inputs.TryGetValue("variable", out var v) && v?.Type == InputValue.Literal && v.Value is JsonValue name
            && name.TryGetValue<string>(out var text))
        {
            // A typo must not silently create a new variable (an escalation loop would never see it change).
            if (string.IsNullOrWhiteSpace(text)) context.AddError("inputs.variable.value", "A variable name is required.");
            else if (!context.DeclaredVariables.Contains(text)) context.AddError("inputs.variable.value", $"No variable named '{text}' is declared.");
        }
    }
}
