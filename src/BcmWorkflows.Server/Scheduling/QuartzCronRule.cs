using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;
using Quartz;

namespace BcmWorkflows.Server.Scheduling;

/// <summary>Cron triggers must be expressions Quartz accepts (6 or 7 fields, seconds first).</summary>
public sealed class QuartzCronRule : IDefinitionRule
{
    public IEnumerable<ValidationProblem> Check(WorkflowDefinition definition)
    {
        for (var i = 0; i < definition.Triggers.Count; i++)
        {
            var trigger = definition.Triggers[i];
            if (trigger?.Type != TriggerDefinition.CronType || string.IsNullOrWhiteSpace(trigger.Expression)) continue;
            string? error = null;
            try
            {
                _ = new CronExpression(trigger.Expression);
            }
            catch (FormatException ex)
            {
                error = ex.Message;
            }
            if (error is not null)
                yield return new ValidationProblem($"$.triggers[{i}].expression", $"Not a Quartz cron expression (6 fields, seconds first, e.g. '0 0 8 * * ?'): {error}");
        }
    }
}
