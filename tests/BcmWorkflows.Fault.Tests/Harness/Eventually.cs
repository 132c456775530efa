namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>Polls a condition until it holds or the time is up; the message says what was awaited and the last state.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<(bool Done, string State)>> check, TimeSpan timeout, string what, TimeSpan? every = null)
    {
        var until = DateTime.UtcNow + timeout;
        var state = "";
        while (DateTime.UtcNow < until)
        {
            (var done, state) = await check();
            if (done) return;
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(500));
        }
        throw new TimeoutException($"{what}: not within {timeout}. Last: {state}");
    }
}
