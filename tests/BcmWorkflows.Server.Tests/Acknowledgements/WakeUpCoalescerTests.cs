using BcmWorkflows.Server.Features.Acknowledgements;

namespace BcmWorkflows.Server.Tests.Acknowledgements;

public sealed class WakeUpCoalescerTests
{
    [Fact]
    public async Task Requests_during_a_run_are_served_by_one_more_run_not_one_each()
    {
        var coalescer = new WakeUpCoalescer();
        var runs = 0;
        var release = new TaskCompletionSource();
        async Task Wake()
        {
            Interlocked.Increment(ref runs);
            await release.Task;
        }

        var first = coalescer.RunAsync("i:page", Wake);
        var during = Enumerable.Range(0, 50).Select(_ => coalescer.RunAsync("i:page", Wake)).ToList();
        Assert.All(during, t => Assert.True(t.IsCompletedSuccessfully, "a caller that finds a run in progress returns at once"));
        release.SetResult();
        await first;

        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task Different_keys_do_not_wait_for_each_other_and_a_later_request_runs_again()
    {
        var coalescer = new WakeUpCoalescer();
        var seen = new List<string>();
        await coalescer.RunAsync("a", () => { seen.Add("a"); return Task.CompletedTask; });
        await coalescer.RunAsync("b", () => { seen.Add("b"); return Task.CompletedTask; });
        await coalescer.RunAsync("a", () => { seen.Add("a"); return Task.CompletedTask; });

        Assert.Equal(["a", "b", "a"], seen);
    }

    [Fact]
    public async Task A_failing_run_frees_the_key()
    {
        var coalescer = new WakeUpCoalescer();
        await Assert.ThrowsAsync<InvalidOperationException>(() => coalescer.RunAsync("k", () => throw new InvalidOperationException("boom")));
        var ran = false;
        await coalescer.RunAsync("k", () => { ran = true; return Task.CompletedTask; });
        Assert.True(ran);
    }
}
