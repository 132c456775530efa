namespace BcmWorkflows.Server.Features.Acknowledgements;

/// <summary>
/// At most one wake-up per key at a time in this process, and none wasted: a caller that finds a wake-up of the same
/// key running marks it to run once more and returns at once; the running one repeats until nobody asked again.
/// WaitForAcknowledgement re-reads the confirmations each time it wakes, so one run after the last request covers every
/// request that came while it ran. A call tree of thousands confirming at once then costs a handful of bursts on its
/// instance instead of one each, queued behind the instance lock (and the webhooks answer without waiting for them).
/// </summary>
public sealed class WakeUpCoalescer
{
    private readonly Dictionary<string, bool> _running = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="wake"/> now, or leaves it to the run in progress for <paramref name="key"/>.</summary>
    public async Task RunAsync(string key, Func<Task> wake)
    {
        lock (_running)
        {
            if (_running.ContainsKey(key))
            {
                _running[key] = true; // run again after the current one
                return;
            }
            _running[key] = false;
        }
        try
        {
            while (true)
            {
                await wake();
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
        catch
        {
            lock (_running) _running.Remove(key);
            throw;
        }
    }
}
