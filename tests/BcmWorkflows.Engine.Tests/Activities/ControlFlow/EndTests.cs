using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;
using BcmWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Engine.Tests.Activities.ControlFlow;

public sealed class EndTests : IAsyncLifetime
{
    private readonly RecordingTimerScheduler _timers = new();
    private readonly EngineHost _host;

    public EndTests() => _host = new EngineHost(s => s.AddSingleton<IWorkflowTimerScheduler>(_timers));

    [Fact]
    public async Task End_finishes_at_once_even_with_other_branches_waiting()
    {
        var instance = await _host.RunAsync(new Flow("end")
            .Wait("ack", "ack").Delay("timer", "PT1H").Wait("other", "other")
            .Log("stop", "stopping").End("end").Chain("stop", "end"));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(_host.Clock.GetUtcNow(), instance.FinishedAt);
        Assert.Empty(instance.State.Bookmarks);
        Assert.Empty(instance.State.Queue);
        Assert.Empty(_timers.Scheduled);
        Assert.Empty((await _host.RaiseAsync("ack")).Resumed);
        Assert.Equal("end", _host.Completed(instance.Id)[^1]);
    }

    [Fact]
    public async Task End_after_a_wait_removes_the_bookmarks_of_the_other_branches()
    {
        var instance = await _host.RunAsync(new Flow("end-later")
            .Wait("ack", "ack").End("end").Delay("timer", "PT1H").Wait("other", "other")
            .Connect("ack", "Received", "end"));
        Assert.Equal(3, instance.State.Bookmarks.Count);
        Assert.Single(_timers.Scheduled);

        await _host.RaiseAsync("ack");

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.State.Bookmarks);
        Assert.Empty(_timers.Scheduled);
        Assert.Empty((await _host.RaiseAsync("other")).Resumed);
    }

    [Fact]
    public async Task End_drops_work_still_queued_in_the_same_burst()
    {
        var instance = await _host.RunAsync(new Flow("end-queue")
            .Log("start", "s").End("end").Log("late", "never").Chain("start", "end").Chain("start", "late"));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.DoesNotContain("late", _host.Completed(instance.Id));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
