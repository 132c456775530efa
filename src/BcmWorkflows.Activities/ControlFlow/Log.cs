using BcmWorkflows.Engine.Activities;
using Microsoft.Extensions.Logging;

namespace BcmWorkflows.Activities.ControlFlow;

/// <summary>Writes a message to the instance journal (and the server log).</summary>
[Activity("Log", "Primitives", "Writes a message to the instance's journal.")]
[Outcomes("Done")]
public sealed class Log(ILogger<Log> logger) : Activity
{
    [Input(Required = true, Description = "The message; a Scriban template may use {{ input.x }}.", UiHint = "Template")]
    public string Message { get; set; } = "";

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        logger.LogInformation("Workflow {InstanceId} activity {ActivityId}: {Message}", context.Instance.Id, context.ActivityId, Message);
        context.Log(Message);
        context.Complete("Done");
        return ValueTask.CompletedTask;
    }
}
