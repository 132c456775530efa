using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;
using Quartz;

namespace BcmWorkflows.Server.Scheduling;

/// <summary>
/// Cron triggers must be expressions Quartz accepts (6 or 7 fields, seconds first) that still fire after now: Quartz
/// refuses to schedule a trigger that never fires (31 February, a year gone by), so publishing one could not schedule it.
/// </summary>
public sealed class QuartzCronRule(TimeProvider clock) : IDefinitionRule
{
    private const string Format = "6 fields, seconds first, e.g. '0 0 8 * * ?' for 08:00 UTC every day; a 7th field is the year";

    public IEnumerable<ValidationProblem> Check(WorkflowDefinition definition)
    {
        for (var i = 0; i < definition.Triggers.Count; i++)
        {
            var trigger = definition.Triggers[i];
            if (trigger?.Type != TriggerDefinition.CronType || string.IsNullOrWhiteSpace(trigger.Expression)) continue;
            if (Problem(trigger.Expression, clock.GetUtcNow()) is { } problem)
                yield return new ValidationProblem($"$.triggers[{i}].expression", problem);
        }
    }

    /// <summary>Why <paramref name="expression"/> cannot be scheduled at <paramref name="now"/>, or null when it can.</summary>
    private static string? Problem(string expression, DateTimeOffset now)
    {
        var fields = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        // Quartz's own message for a 5-field (Unix) cron tells a programmer which method to call: say what to write instead.
        if (fields is < 6 or > 7) return $"Not a Quartz cron expression: it has {fields} fields ({Format}).";
        CronExpression cron;
        try
        {
            cron = new CronExpression(expression, TimeZoneInfo.Utc);
        }
        catch (FormatException ex)
        {
            return $"Not a Quartz cron expression ({Format}): {ex.Message}";
        }
        return cron.GetNextValidTimeAfter(now) is null
            ? "This cron expression never fires after now (a date that does not exist, or a year that is over)."
            : null;
    }
}
