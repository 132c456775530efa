using System.Diagnostics;
using BcmWorkflows.Engine.Stores;
using BcmWorkflows.Server.Scheduling;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BcmWorkflows.Server.Tests.Hosting;

/// <summary>Stopping the host and starting a new one on the same database and Quartz store, on real time.</summary>
public abstract class RestartTests(string provider)
{
    // The maintenance sweep is the safety net under Quartz; pushed out of the way, only Quartz can fire timers.
    private static ServerOptions QuartzOnly() => new() { Settings = { ["Bcm:Scheduling:MaintenanceInterval"] = "01:00:00" } };

    [Fact]
    public async Task A_waiting_instance_and_a_pending_delay_complete_after_a_restart()
    {
        await using var database = await OwnDatabase.CreateAsync(provider);
        var waitId = WorkflowApi.NewId("wait");
        var delayId = WorkflowApi.NewId("delay");
        var eventName = $"go-{waitId}";
        string waiting, delayed;

        var (first, client) = await database.StartAsync(QuartzOnly());
        var watch = Stopwatch.StartNew();
        await using (first)
        {
            await client.DeployAsync(Workflows.WaitForEvent(waitId, eventName));
            await client.DeployAsync(Workflows.Delay(delayId, "PT3S"));
            waiting = await client.StartIdAsync(waitId);
            watch.Restart();
            delayed = await client.StartIdAsync(delayId);
            Assert.Equal("Suspended", (await client.InstanceAsync(waiting)).Str("status"));
        }
        // Host A is gone before the delay was due: the timer did not fire there.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"host A took {watch.Elapsed} to stop");
        Assert.Equal("Suspended", await StoredStatus.OfAsync(database.Database, delayed));

        var (second, again) = await database.StartAsync(QuartzOnly());
        await using (second)
        {
            var raised = await again.RaiseAsync(eventName, new { payload = new { after = "restart" } });
            Assert.Equal([waiting], raised["resumed"]!.AsArray().Select(n => n!.GetValue<string>()));
            var resumed = await again.InstanceAsync(waiting);
            Assert.Equal("Finished", resumed.Str("status"));
            Assert.Equal("restart", resumed["variables"]!["received"].Str("after"));

            var finished = await again.WaitForStatusAsync(delayed, "Finished", TimeSpan.FromSeconds(30));
            Assert.True(finished["variables"]!["done"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task A_timer_committed_while_the_scheduler_was_unavailable_fires_through_the_maintenance_sweep()
    {
        await using var database = await OwnDatabase.CreateAsync(provider);
        var id = WorkflowApi.NewId("noquartz");
        string instanceId, bookmarkId;

        var (first, client) = await database.StartAsync(new ServerOptions
        {
            ConfigureServices = s => s.AddSingleton<IWorkflowTimerScheduler, UnavailableTimerScheduler>(),
        });
        await using (first)
        {
            await client.DeployAsync(Workflows.Delay(id, "PT1S"));
            instanceId = await client.StartIdAsync(id);
            var instance = await client.InstanceAsync(instanceId);
            Assert.Equal("Suspended", instance.Str("status")); // committed although the timer could not be scheduled
            bookmarkId = Assert.Single(instance["bookmarks"]!.AsArray()).Str("id");
        }

        var (second, again) = await database.StartAsync(new ServerOptions { Settings = { ["Bcm:Scheduling:SweepGrace"] = "00:00:00" } });
        await using (second)
        {
            var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.Null(await scheduler.GetTrigger(SchedulingKeys.Timer(bookmarkId)));

            // Run the server's maintenance job through Quartz until it has fired the overdue timer.
            await WorkflowApi.EventuallyAsync(async () =>
            {
                await scheduler.TriggerJob(SchedulingKeys.MaintenanceJob);
                await Task.Delay(250);
                return (await again.InstanceAsync(instanceId)).Str("status") == "Finished" ? "" : null;
            }, TimeSpan.FromSeconds(30), "the sweep to fire the unscheduled timer");
            Assert.True((await again.InstanceAsync(instanceId))["variables"]!["done"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task A_published_cron_trigger_whose_last_year_is_over_does_not_stop_the_server_starting()
    {
        await using var database = await OwnDatabase.CreateAsync(provider);
        var id = WorkflowApi.NewId("expired");
        var (first, client) = await database.StartAsync(QuartzOnly());
        await using (first)
        {
            await client.DeployAsync(Workflows.Simple(id, cron: "0 0 8 * * ? 2099"));
            // Validation refuses a year that is over; a published one runs out with time. Make it so.
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BcmWorkflows.Data.BcmDbContext>();
            Assert.Equal(1, await db.WorkflowTriggers.Where(t => t.DefinitionId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.CronExpression, "0 0 8 * * ? 2000")));
        }

        var (second, again) = await database.StartAsync(QuartzOnly());
        await using (second)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await again.GetAsync("/health")).StatusCode);
            var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.Null(await scheduler.GetTrigger(SchedulingKeys.Cron(id, 0)));
        }
    }

    /// <summary>A scheduler that is down: every call fails, as Quartz would with its store unreachable.</summary>
    private sealed class UnavailableTimerScheduler : IWorkflowTimerScheduler
    {
        public Task ScheduleAsync(string instanceId, string bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The scheduler is unavailable.");

        public Task UnscheduleAsync(string instanceId, string bookmarkId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The scheduler is unavailable.");
    }
}

public sealed class RestartTests_Sqlite() : RestartTests(TestDatabase.Sqlite);

public sealed class RestartTests_Postgres() : RestartTests(TestDatabase.Postgres);
