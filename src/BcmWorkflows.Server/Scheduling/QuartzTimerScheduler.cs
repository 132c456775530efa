using BcmWorkflows.Engine.Stores;
using Quartz;

namespace BcmWorkflows.Server.Scheduling;

/// <summary>Timer bookmarks as Quartz triggers on one durable job: persisted, clustered, fired once.</summary>
public sealed class QuartzTimerScheduler(ISchedulerFactory factory) : IWorkflowTimerScheduler
{
    public async Task ScheduleAsync(string instanceId, string bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(SchedulingKeys.Timer(bookmarkId))
            .ForJob(SchedulingKeys.ResumeTimerJob)
            .UsingJobData(ResumeTimerJob.InstanceIdKey, instanceId)
            .UsingJobData(ResumeTimerJob.BookmarkIdKey, bookmarkId)
            .StartAt(dueAt)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        // Replacing: scheduling the same bookmark twice (a retried burst) leaves one trigger.
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task UnscheduleAsync(string instanceId, string bookmarkId, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJob(SchedulingKeys.Timer(bookmarkId), cancellationToken);
    }
}
