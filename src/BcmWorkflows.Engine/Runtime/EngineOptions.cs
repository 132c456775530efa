namespace BcmWorkflows.Engine.Runtime;

/// <summary>Engine settings (bound from <c>Bcm:Engine</c>).</summary>
public sealed class EngineOptions
{
    /// <summary>Activity executions one burst may run before the instance faults (a loop with no wait).</summary>
    public int MaxActivitiesPerBurst { get; set; } = 10_000;
    /// <summary>How often a burst that lost an optimistic-concurrency race is retried.</summary>
    public int ConcurrencyRetries { get; set; } = 5;
    /// <summary>How long raised events are kept for instances that were committing their wait when the event arrived.</summary>
    public TimeSpan StimulusRetention { get; set; } = TimeSpan.FromMinutes(5);
}
