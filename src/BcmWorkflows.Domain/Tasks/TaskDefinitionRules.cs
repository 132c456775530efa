namespace BcmWorkflows.Domain.Tasks;

/// <summary>
/// The shape rules of a task's outcomes, shared by the activities' design-time checks and task creation: at least one
/// outcome, none empty or listed twice, and <c>commentRequiredFor</c> naming only outcomes that exist.
/// </summary>
public static class TaskDefinitionRules
{
    /// <summary>Problems keyed by input name and index (<c>outcomes[1]</c>, <c>commentRequiredFor[0]</c>).</summary>
    public static Dictionary<string, string[]> Check(IReadOnlyList<string> outcomes, IReadOnlyList<string> commentRequiredFor)
    {
        var errors = new Dictionary<string, string[]>();
        if (outcomes.Count == 0) errors["outcomes"] = ["Give at least one outcome."];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            if (string.IsNullOrWhiteSpace(outcome)) errors[$"outcomes[{i}]"] = ["An outcome needs a name (it becomes a port)."];
            else if (outcome.Length > TaskLimits.Outcome) errors[$"outcomes[{i}]"] = [$"At most {TaskLimits.Outcome} characters."];
            else if (!seen.Add(outcome.Trim())) errors[$"outcomes[{i}]"] = [$"The outcome '{outcome}' is listed twice."];
        }
        for (var i = 0; i < commentRequiredFor.Count; i++)
        {
            if (!outcomes.Contains(commentRequiredFor[i], StringComparer.Ordinal))
                errors[$"commentRequiredFor[{i}]"] = [$"'{commentRequiredFor[i]}' is not one of the outcomes ({string.Join(", ", outcomes)})."];
        }
        return errors;
    }
}
