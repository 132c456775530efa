using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;
using BcmWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Engine.Tests.Activities.Timing;

public sealed class DelayTests : IAsyncLifetime
{
    private readonly RecordingTimerScheduler _timers = new();
    private readonly EngineHost _host;

    public DelayTests() => _host = new EngineHost(s => s.AddSingleton<IWorkflowTimerScheduler>(_timers));

    private static Flow Delayed(InputValue duration) => new Flow("delay")
        .Activity("wait", "Delay", ("duration", duration)).Log("after", "after").Chain("wait", "after");

    [Fact]
    public async Task Nothing_happens_before_the_delay_is_due_and_it_fires_at_due_time()
    {
        var start = _host.Clock.GetUtcNow();
        var instance = await _host.RunAsync(Delayed(In.Lit("PT15M")));

        var timer = Assert.Single(instance.State.Bookmarks);
        Assert.Equal((Bookmark.TimerType, start.AddMinutes(15)), (timer.Type, timer.DueAt));
        Assert.Equal(start.AddMinutes(15), _timers.Scheduled[timer.Id]);

        await _host.AdvanceAsync(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));

        Assert.Equal(WorkflowStatus.Suspended, _host.Instance(instance.Id).Status);
        Assert.DoesNotContain("after", _host.Completed(instance.Id));

        await _host.AdvanceAsync(TimeSpan.FromSeconds(1));

        instance = _host.Instance(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["wait", "after"], _host.Completed(instance.Id));
        Assert.Equal(start.AddMinutes(15), instance.FinishedAt);
        Assert.Empty(_timers.Scheduled);
    }

    [Fact]
    public async Task A_timer_fires_once_even_when_the_sweep_runs_again()
    {
        var instance = await _host.RunAsync(Delayed(In.Lit("PT1M")));
        await _host.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(0, await _host.Runtime.FireDueTimersAsync());
        Assert.Single(_host.Completed(instance.Id), "after");
    }

    [Theory]
    [InlineData("P1D", 24 * 60)]
    [InlineData("PT1H30M", 90)]
    [InlineData("00:05:00", 5)]
    public async Task Durations_are_ISO_8601(string duration, int minutes)
    {
        var instance = await _host.RunAsync(Delayed(In.Lit(duration)));

        Assert.Equal(_host.Clock.GetUtcNow().AddMinutes(minutes), Assert.Single(instance.State.Bookmarks).DueAt);
    }

    [Fact]
    public async Task A_duration_can_come_from_an_expression()
    {
        var instance = await _host.RunAsync(Delayed(In.Expr("'PT' + input.minutes + 'M'")), new System.Text.Json.Nodes.JsonObject { ["minutes"] = 7 });

        Assert.Equal(_host.Clock.GetUtcNow().AddMinutes(7), Assert.Single(instance.State.Bookmarks).DueAt);
    }

    [Fact]
    public async Task A_zero_duration_continues_at_once()
    {
        var instance = await _host.RunAsync(Delayed(In.Lit("PT0S")));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    [Fact]
    public async Task Delays_in_a_sequence_add_up()
    {
        var instance = await _host.RunAsync(new Flow("two").Delay("a", "PT10M").Delay("b", "PT10M").Log("after", "x").Chain("a", "b", "after"));

        await _host.AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.Equal(WorkflowStatus.Suspended, _host.Instance(instance.Id).Status);
        await _host.AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.Equal(WorkflowStatus.Finished, _host.Instance(instance.Id).Status);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
