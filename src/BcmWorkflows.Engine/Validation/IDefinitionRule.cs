using BcmWorkflows.Engine.Model;

namespace BcmWorkflows.Engine.Validation;

/// <summary>An extra check a host adds to definition validation (e.g. cron syntax from the scheduler it uses).</summary>
public interface IDefinitionRule
{
    IEnumerable<ValidationProblem> Check(WorkflowDefinition definition);
}
