using BcmWorkflows.Engine.Activities;

namespace BcmWorkflows.Activities.Timing;

/// <summary>Waits for a duration on a durable timer.</summary>
[Activity("Delay", "Timing", "Waits for a duration (ISO 8601, e.g. PT15M) on a durable timer, then continues.")]
[Outcomes("Done")]
public sealed class Delay : Activity
{
    [Input(Required = true, Description = "How long to wait, ISO 8601 (PT15M, P1D).", UiHint = "Duration")]
    public TimeSpan Duration { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (Duration <= TimeSpan.Zero) context.Complete("Done");
        else context.CreateTimer(context.Now + Duration);
        return ValueTask.CompletedTask;
    }
}
