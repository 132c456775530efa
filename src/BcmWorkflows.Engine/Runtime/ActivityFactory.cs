using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Expressions;
using BcmWorkflows.Engine.Model;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>Creates activity objects with constructor injection and sets their inputs from the definition.</summary>
internal static class ActivityFactory
{
    private static readonly ConcurrentDictionary<Type, ObjectFactory> Factories = new();

    public static Activity Create(ActivityDescriptor descriptor, IServiceProvider services)
    {
        var factory = Factories.GetOrAdd(descriptor.ClrType, t => ActivatorUtilities.CreateFactory(t, Type.EmptyTypes));
        return (Activity)factory(services, null);
    }

    public static void BindInputs(Activity activity, ActivityDescriptor descriptor, ActivityModel model, WorkflowExecution execution)
    {
        foreach (var input in descriptor.Inputs)
        {
            if (input.Raw) continue;
            if (!model.Inputs.TryGetValue(input.Name, out var value) || value?.Value is null)
            {
                if (input.Required) throw new WorkflowFaultException($"The input '{input.Name}' is required.");
                continue;
            }
            JsonNode? evaluated;
            try
            {
                evaluated = Evaluate(value, execution);
            }
            catch (ExpressionException ex)
            {
                throw new WorkflowFaultException($"Input '{input.Name}': {ex.Message}", ex);
            }
            try
            {
                input.Property.SetValue(activity, InputConverter.Convert(evaluated, input.Property.PropertyType));
            }
            catch (FormatException ex)
            {
                throw new WorkflowFaultException($"Input '{input.Name}': {ex.Message}", ex);
            }
        }
    }

    private static JsonNode? Evaluate(InputValue value, WorkflowExecution execution) => value.Type switch
    {
        InputValue.Literal => value.Value?.DeepClone(),
        InputValue.Scriban => execution.Evaluate(AsText(value.Value)),
        InputValue.Variable => execution.Instance.State.Variables[AsText(value.Value)]?.DeepClone(),
        _ => throw new WorkflowFaultException($"Unknown value type '{value.Type}'."),
    };

    private static string AsText(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString() ?? "";
}
