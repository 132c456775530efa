using BcmWorkflows.Engine.Activities;

namespace BcmWorkflows.Activities.ControlFlow;

/// <summary>Branches on a Boolean condition.</summary>
[Activity("Decision", "Control flow", "Continues on True or False depending on a condition.")]
[Outcomes("True", "False")]
public sealed class Decision : Activity
{
    [Input(Required = true, Description = "A Boolean expression, e.g. input.severity <= 2.", UiHint = "Expression")]
    public bool Condition { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete(Condition ? "True" : "False");
        return ValueTask.CompletedTask;
    }
}
