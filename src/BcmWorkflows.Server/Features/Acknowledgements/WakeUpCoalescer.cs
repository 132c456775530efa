namespace BcmWorkflows.Server.Features.Acknowledgements;

/// <summary>
/// Wakes waiting workflows in the background, at most one run per key at a time and at most one run per
/// <see cref="MinInterval"/> while requests keep coming: a request that finds a run in progress only marks that one
/// more is needed. WaitForAcknowledgement re-reads the confirmations each time it wakes, so one run after the last
/// request covers every request before it. A call tree of thousands confirming at once then costs a few bursts a
/// second on its instance instead of one per confirmation, and the webhooks answer without waiting for any of them.
/// </summary>
public sealed class WakeUpCoalescer(ILogger<WakeUpCoalescer> logger, TimeProvider clock, TimeSpan? minInterval = null)
{
    private readonly Dictionary<string, bool> _running = new(StringComparer.Ordinal);

    /// <summary>Between two runs of one key, to let confirmations that arrive meanwhile share the next run.</summary>
    public TimeSpan MinInterval { get; } = minInterval ?? TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Starts <paramref name="wake"/> in the background now, or leaves it to the run in progress for
    /// <paramref name="key"/>. Returns the background loop when one was started (tests await it), else a completed task.
    /// </summary>
    public Task Request(string key, Func<Task> wake)
    {
        lock (_running)
        {
            if (_running.ContainsKey(key))
            {
                _running[key] = true; // run once more after the current run
                return Task.CompletedTask;
            }
            _running[key] = false;
        }
        return Task.Run(() => LoopAsync(key, wake));
    }

    private async Task LoopAsync(string key, Func<Task> wake)
    {
        while (true)
        {
            try
            {
                await wake();
            }
            catch (Exception ex)
            {
                // The confirmation is committed; a wait with a timeout still completes Acknowledged when its timer fires.
                logger.LogError(ex, "Waking the workflows waiting on {WakeUpKey} failed", key);
            }
            await Task.Delay(MinInterval, clock);
            lock (_running)
            {
                if (!_running[key])
                {
                    _running.Remove(key);
                    return;
                }
                _running[key] = false;
            }
        }
    }
}
