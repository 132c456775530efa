using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Activities.Events;

/// <summary>Waits for a named event (optionally with a correlation id), or times out.</summary>
[Activity("WaitForEvent", "Events", "Waits until the named event is raised (POST /api/events/{name}); with a correlation id only that one; TimedOut after the optional timeout.", DisplayName = "Wait for event")]
[Outcomes("Received", "TimedOut")]
[Output("payload", "Any", "The payload the event delivered.")]
public sealed class WaitForEvent : Activity
{
    [Input(Required = true, Description = "The event name to wait for.")]
    public string EventName { get; set; } = "";

    [Input(Description = "Only an event raised with this correlation id resumes the wait.")]
    public string? CorrelationId { get; set; }

    [Input(Description = "Give up after this long (ISO 8601) and continue on TimedOut.", UiHint = "Duration")]
    public TimeSpan? Timeout { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CreateBookmark(Bookmark.EventType, EventName, string.IsNullOrEmpty(CorrelationId) ? null : CorrelationId);
        if (Timeout is { } timeout) context.CreateTimer(context.Now + timeout);
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        if (context.ResumedBookmark?.Type == Bookmark.TimerType)
        {
            context.Complete("TimedOut");
        }
        else
        {
            context.SetOutput("payload", context.ResumePayload ?? new JsonObject());
            context.Complete("Received");
        }
        return ValueTask.CompletedTask;
    }
}
