namespace BcmWorkflows.Notifications.Outbox.Dispatch;

/// <summary>
/// Exponential back-off with full jitter: after the n-th failed attempt the next one is a uniformly random time
/// between now and <c>min(MaxRetryDelay, BaseRetryDelay * 2^(n-1))</c>, so a provider outage is not followed by all
/// retries at the same instant.
/// </summary>
internal static class RetrySchedule
{
    /// <summary>The upper bound of the delay after <paramref name="attempts"/> attempts.</summary>
    public static TimeSpan Cap(int attempts, OutboxOptions options)
    {
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 30);
        var millis = options.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, exponent);
        return TimeSpan.FromMilliseconds(Math.Min(millis, options.MaxRetryDelay.TotalMilliseconds));
    }

    public static TimeSpan Delay(int attempts, OutboxOptions options, Random random) =>
        TimeSpan.FromMilliseconds(random.NextDouble() * Cap(attempts, options).TotalMilliseconds);
}
