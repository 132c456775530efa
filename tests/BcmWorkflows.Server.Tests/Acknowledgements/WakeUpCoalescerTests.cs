using BcmWorkflows.Server.Features.Acknowledgements;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcmWorkflows.Server.Tests.Acknowledgements;

public sealed class WakeUpCoalescerTests
{
    private static WakeUpCoalescer Coalescer() => new(NullLogger<WakeUpCoalescer>.Instance, TimeProvider.System, TimeSpan.FromMilliseconds(10));

    [Fact]
    public async Task Requests_during_a_run_are_served_by_one_more_run_not_one_each()
    {
        var coalescer = Coalescer();
        var runs = 0;
        var release = new TaskCompletionSource();
        async Task Wake()
        {
            Interlocked.Increment(ref runs);
            await release.Task;
        }

        var loop = coalescer.Request("i:page", Wake);
        var during = Enumerable.Range(0, 50).Select(_ => coalescer.Request("i:page", Wake)).ToList();
        Assert.All(during, t => Assert.True(t.IsCompletedSuccessfully, "a request that finds a run in progress returns at once"));
        release.SetResult();
        await loop;

        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task Different_keys_run_apart_and_a_later_request_runs_again()
    {
        var coalescer = Coalescer();
        var seen = new List<string>();
        await coalescer.Request("a", () => { lock (seen) seen.Add("a"); return Task.CompletedTask; });
        await coalescer.Request("b", () => { lock (seen) seen.Add("b"); return Task.CompletedTask; });
        await coalescer.Request("a", () => { lock (seen) seen.Add("a"); return Task.CompletedTask; });

        Assert.Equal(["a", "b", "a"], seen);
    }

    [Fact]
    public async Task A_failing_run_is_logged_and_frees_the_key()
    {
        var coalescer = Coalescer();
        await coalescer.Request("k", () => throw new InvalidOperationException("boom"));
        var ran = false;
        await coalescer.Request("k", () => { ran = true; return Task.CompletedTask; });
        Assert.True(ran);
    }
}
