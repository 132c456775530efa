using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using BcmWorkflows.Engine.Stores;

namespace BcmWorkflows.Engine.Tests.Activities.ControlFlow;

public sealed class JoinTests : IAsyncLifetime
{
    private readonly RecordingTimerScheduler _timers = new();
    private readonly EngineHost _host;

    public JoinTests() => _host = new EngineHost(s => s.AddSingleton<IWorkflowTimerScheduler>(_timers));

    [Fact]
    public async Task WaitAll_continues_once_every_inbound_branch_has_arrived()
    {
        var instance = await _host.RunAsync(new Flow("all")
            .Log("start", "go").Log("a", "a").Log("b", "b").Log("c", "c").Join("join").Log("after", "after")
            .Chain("start", "a", "join").Chain("start", "b", "join").Chain("start", "c", "join").Chain("join", "after"));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var completed = _host.Completed(instance.Id);
        Assert.Single(completed, "join");
        Assert.Single(completed, "after");
        Assert.True(completed.ToList().IndexOf("join") > new[] { "a", "b", "c" }.Max(x => completed.ToList().IndexOf(x)));
    }

    [Fact]
    public async Task WaitAll_waits_for_a_branch_that_is_on_a_Delay()
    {
        var instance = await _host.RunAsync(new Flow("all-delay")
            .Log("quick", "quick").Delay("slow", "PT10M").Join("join").Log("after", "after")
            .Chain("quick", "join").Chain("slow", "join").Chain("join", "after"));

        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.DoesNotContain("join", _host.Completed(instance.Id));
        Assert.DoesNotContain("after", _host.Completed(instance.Id));

        await _host.AdvanceAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(WorkflowStatus.Finished, _host.Instance(instance.Id).Status);
        Assert.Equal(["quick", "slow", "join", "after"], _host.Completed(instance.Id));
        Assert.Empty(_host.Instance(instance.Id).State.ActivityStates);
    }

    [Fact]
    public async Task WaitAll_is_the_default_mode()
    {
        var instance = await _host.RunAsync(new Flow("default")
            .Log("quick", "quick").Delay("slow", "PT1M").Activity("join", "Join").Log("after", "after")
            .Chain("quick", "join").Chain("slow", "join").Chain("join", "after"));

        Assert.DoesNotContain("after", _host.Completed(instance.Id));
    }

    [Fact]
    public async Task WaitAny_continues_on_the_first_arrival_and_cancels_the_other_branch_wait()
    {
        var instance = await _host.RunAsync(new Flow("any")
            .Wait("ack", "ack").Delay("timeout", "PT1H").Join("join", "WaitAny").Log("after", "after")
            .Connect("ack", "Received", "join").Chain("timeout", "join").Chain("join", "after"));
        var delayBookmark = instance.State.Bookmarks.Single(b => b.ActivityId == "timeout");
        Assert.True(_timers.Scheduled.ContainsKey(delayBookmark.Id));

        await _host.RaiseAsync("ack");

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.State.Bookmarks);
        Assert.False(_timers.Scheduled.ContainsKey(delayBookmark.Id));
        var cancelled = Assert.Single(_host.Journal(instance.Id), j => j.Event == JournalEntry.Cancelled);
        Assert.Equal("timeout", cancelled.ActivityId);
        Assert.Equal("Delay", cancelled.ActivityType);
        Assert.Equal(["ack", "join", "after"], _host.Completed(instance.Id));

        await _host.AdvanceAsync(TimeSpan.FromHours(2));

        Assert.Equal(["ack", "join", "after"], _host.Completed(instance.Id));
    }

    [Fact]
    public async Task WaitAny_cancels_a_pending_wait_further_up_the_other_branch()
    {
        var instance = await _host.RunAsync(new Flow("any-deep")
            .Log("start", "go")
            .Delay("fast", "PT1M")
            .Wait("slow", "never").Log("slow2", "unreached")
            .Join("join", "WaitAny").Log("after", "after")
            .Chain("start", "fast", "join").Chain("start", "slow").Connect("slow", "Received", "slow2").Chain("slow2", "join").Chain("join", "after"));

        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.State.Bookmarks);
        Assert.Contains(_host.Journal(instance.Id), j => j.ActivityId == "slow" && j.Event == JournalEntry.Cancelled);
        Assert.Empty((await _host.RaiseAsync("never")).Resumed);
    }

    [Fact]
    public async Task WaitAny_continues_only_once_when_both_branches_arrive_in_the_same_burst()
    {
        var instance = await _host.RunAsync(new Flow("any-both")
            .Log("start", "go").Log("a", "a").Log("b", "b").Join("join", "WaitAny").Log("after", "after")
            .Chain("start", "a", "join").Chain("start", "b", "join").Chain("join", "after"));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Single(_host.Completed(instance.Id), "after");
    }

    [Fact]
    public async Task WaitAll_inside_a_loop_resets_for_every_round()
    {
        var instance = await _host.RunAsync(new Flow("loop").Variable("round", 0)
            .Log("start", "go")
            .Set("next", "round", In.Expr("variables.round + 1"))
            .Log("a", "a").Delay("b", "PT1M")
            .Join("join")
            .Decision("again", "variables.round < 3")
            .Chain("start", "next").Chain("next", "a", "join").Chain("next", "b", "join").Chain("join", "again")
            .Connect("again", "True", "next"));

        for (var i = 0; i < 3; i++) await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(3, instance.State.Variables["round"]!.GetValue<int>());
        Assert.Equal(3, _host.Completed(instance.Id).Count(id => id == "join"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
