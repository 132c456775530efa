using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Stores;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Engine.Tests.Support.TestActivities;

/// <summary>
/// Simulates an event raised by someone else while this instance's burst is still running: a second
/// passes on the clock, then the stimulus is recorded the way <c>RaiseEventAsync</c> records it,
/// before any bookmark of this burst is committed (so nobody could have resumed it).
/// </summary>
[Activity("TestRaiseDuringBurst", "Test", "Records an event stimulus in the middle of the burst.")]
[Outcomes("Done")]
public sealed class RaiseDuringBurst(IWorkflowInstanceStore store, TimeProvider clock) : Activity
{
    [Input(Required = true, Description = "The event to record.")]
    public string EventName { get; set; } = "";

    [Input(Description = "Its correlation id.")]
    public string? CorrelationId { get; set; }

    [Input(Description = "Its payload.")]
    public JsonNode? Payload { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (clock is FakeTimeProvider fake) fake.Advance(TimeSpan.FromSeconds(1));
        await store.RecordStimulusAsync(new Stimulus(0, EventName, CorrelationId, Payload, clock.GetUtcNow()), context.CancellationToken);
        context.Complete("Done");
    }
}
