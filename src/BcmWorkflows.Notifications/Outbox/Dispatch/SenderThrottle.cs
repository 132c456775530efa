using System.Collections.Concurrent;

namespace BcmWorkflows.Notifications.Outbox.Dispatch;

/// <summary>
/// One token bucket per sender (an SMS number or messaging service, an email From), without burst: each message books
/// the next free slot of its sender, which then moves on by <c>units / unitsPerSecond</c> seconds. So N units at R
/// units per second take N/R seconds, on the injected clock. Per node: several nodes sending as one sender share the
/// provider's limit between them.
/// </summary>
internal sealed class SenderThrottle(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>
    /// Books a slot for <paramref name="units"/> of <paramref name="sender"/> if it starts within
    /// <paramref name="maxWait"/>; otherwise books nothing and says when the sender is next free.
    /// </summary>
    public ThrottleSlot Reserve(string sender, int units, double unitsPerSecond, TimeSpan maxWait)
    {
        if (unitsPerSecond <= 0) return new ThrottleSlot(true, TimeSpan.Zero, clock.GetUtcNow());
        var bucket = _buckets.GetOrAdd(sender, _ => new Bucket());
        lock (bucket)
        {
            var now = clock.GetUtcNow();
            var start = bucket.NextFree > now ? bucket.NextFree : now;
            var wait = start - now;
            if (wait > maxWait) return new ThrottleSlot(false, wait, start);
            bucket.NextFree = start + TimeSpan.FromSeconds(Math.Max(1, units) / unitsPerSecond);
            return new ThrottleSlot(true, wait, start);
        }
    }

    private sealed class Bucket
    {
        public DateTimeOffset NextFree { get; set; } = DateTimeOffset.MinValue;
    }
}

/// <summary>A booked (or refused) throttle slot: how long to wait, and when it starts.</summary>
internal readonly record struct ThrottleSlot(bool Granted, TimeSpan Wait, DateTimeOffset At);
