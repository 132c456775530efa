using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;
using BcmWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Engine.Tests.Runtime;

public sealed class CancelTests : IAsyncLifetime
{
    private readonly RecordingTimerScheduler _timers = new();
    private readonly EngineHost _host;

    public CancelTests() => _host = new EngineHost(s => s.AddSingleton<IWorkflowTimerScheduler>(_timers));

    [Fact]
    public async Task Cancel_makes_the_instance_Cancelled_and_removes_its_bookmarks()
    {
        var instance = await _host.RunAsync(new Flow("cancel").Wait("ack", "ack", timeout: "PT5M").Delay("timer", "PT1H").Log("after", "x").Chain("timer", "after"));
        Assert.Equal(3, instance.State.Bookmarks.Count);
        Assert.Equal(2, _timers.Scheduled.Count);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));

        await _host.Runtime.CancelAsync(instance.Id);

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Cancelled, instance.Status);
        Assert.Equal(_host.Clock.GetUtcNow(), instance.FinishedAt);
        Assert.Empty(instance.State.Bookmarks);
        Assert.Empty(_timers.Scheduled);
        var cancelled = _host.Journal(instance.Id).Where(j => j.Event == JournalEntry.Cancelled).ToList();
        Assert.Equal(["ack", "ack", "timer"], cancelled.Select(j => j.ActivityId).Order(StringComparer.Ordinal));
        Assert.Contains(cancelled, j => j.ActivityType == "Delay");
    }

    [Fact]
    public async Task A_cancelled_instance_is_not_resumed_by_events_or_timers()
    {
        var instance = await _host.RunAsync(new Flow("cancelled").Wait("ack", "ack").Delay("timer", "PT1H").Log("after", "x").Chain("timer", "after"));
        await _host.Runtime.CancelAsync(instance.Id);

        Assert.Empty((await _host.RaiseAsync("ack")).Resumed);
        await _host.AdvanceAsync(TimeSpan.FromHours(2));

        Assert.Equal(WorkflowStatus.Cancelled, _host.Instance(instance.Id).Status);
        Assert.Empty(_host.Completed(instance.Id));
    }

    [Fact]
    public async Task An_ended_instance_cannot_be_cancelled()
    {
        var instance = await _host.RunAsync(new Flow("done").Log("l", "x"));

        await Assert.ThrowsAsync<InvalidInstanceStateException>(() => _host.Runtime.CancelAsync(instance.Id));
        Assert.Equal(WorkflowStatus.Finished, _host.Instance(instance.Id).Status);
    }

    [Fact]
    public async Task A_faulted_instance_can_be_cancelled_and_then_no_longer()
    {
        var instance = await _host.RunAsync(new Flow("faulted").Fault("f", "boom"));

        await _host.Runtime.CancelAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Cancelled, _host.Instance(instance.Id).Status);
        Assert.Empty(_host.Instance(instance.Id).State.Queue);
        await Assert.ThrowsAsync<InvalidInstanceStateException>(() => _host.Runtime.CancelAsync(instance.Id));
    }

    [Fact]
    public async Task Cancelling_an_unknown_instance_says_so()
    {
        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => _host.Runtime.CancelAsync("nope"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
