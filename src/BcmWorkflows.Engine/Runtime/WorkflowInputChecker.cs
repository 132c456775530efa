using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Model;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>Checks a start input against the definition's declared inputs (required, declared type).</summary>
internal static class WorkflowInputChecker
{
    public static void Check(WorkflowDefinition definition, JsonObject input)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var declared in definition.Inputs)
        {
            var present = input.TryGetPropertyValue(declared.Name, out var value) && value is not null;
            if (!present)
            {
                if (declared.Required && declared.Default is null) errors[$"$.input.{declared.Name}"] = [$"The input '{declared.Name}' is required."];
                continue;
            }
            if (!DeclaredTypes.Fits(value!, declared.Type))
                errors[$"$.input.{declared.Name}"] = [$"The input '{declared.Name}' must be {declared.Type}."];
        }
        if (errors.Count > 0) throw new WorkflowInputException(errors);
    }
}
