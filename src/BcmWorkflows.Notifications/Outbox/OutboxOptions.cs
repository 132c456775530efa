namespace BcmWorkflows.Notifications.Outbox;

/// <summary><c>Bcm:Outbox:*</c>: how dispatchers claim, send and retry.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Bcm:Outbox";

    /// <summary>Attempts before a transiently failing message fails for good (and its fallback, if any, is sent).</summary>
    public int MaxAttempts { get; set; } = 6;
    /// <summary>First retry delay; doubled per attempt, with full jitter, capped at <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>How often an idle dispatcher looks for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Messages claimed per round.</summary>
    public int BatchSize { get; set; } = 100;
    /// <summary>Messages sent at once by one node.</summary>
    public int Concurrency { get; set; } = 16;
    /// <summary>A claim older than this is taken to belong to a dead node and the message is sent again.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>False stops this node's dispatchers (tests that inspect the queue; nodes that only serve the API).</summary>
    public bool DispatcherEnabled { get; set; } = true;
}
