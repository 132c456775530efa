using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Activities.ControlFlow;

/// <summary>Faults the instance with an incident carrying the message.</summary>
[Activity("Fault", "Primitives", "Stops the instance as Faulted, with an incident carrying the message.")]
public sealed class Fault : Activity
{
    [Input(Required = true, Description = "Why the workflow faulted.", UiHint = "Template")]
    public string Message { get; set; } = "";

    public override ValueTask ExecuteAsync(ActivityExecutionContext context) => throw new WorkflowFaultException(Message);
}
