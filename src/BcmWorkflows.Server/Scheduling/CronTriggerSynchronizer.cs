using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Model;
using Quartz;

namespace BcmWorkflows.Server.Scheduling;

/// <summary>
/// Keeps Quartz cron triggers equal to the published definitions' Cron triggers. Each definition's
/// triggers live in a Quartz group of their own, so replacing or removing them is one call.
/// </summary>
public sealed class CronTriggerSynchronizer(ISchedulerFactory factory, ILogger<CronTriggerSynchronizer> logger)
{
    /// <summary>Replaces the cron triggers of one definition (none after a retract).</summary>
    public async Task SyncAsync(string definitionId, IReadOnlyList<TriggerDefinition> triggers, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJobs(GroupMatcher<TriggerKey>.GroupEquals(SchedulingKeys.CronGroupOf(definitionId)), cancellationToken);
        for (var i = 0; i < triggers.Count; i++)
        {
            if (triggers[i].Type != TriggerDefinition.CronType || string.IsNullOrWhiteSpace(triggers[i].Expression)) continue;
            if (await TryScheduleAsync(scheduler, definitionId, i, triggers[i].Expression!, cancellationToken))
                logger.LogInformation("Cron trigger {DefinitionId}#{Index} scheduled: {Expression}", definitionId, i, triggers[i].Expression);
        }
    }

    /// <summary>At start-up: make sure every indexed cron trigger is scheduled with its current expression.</summary>
    public async Task ReconcileAsync(IReadOnlyList<WorkflowTriggerRecord> published, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        foreach (var trigger in published.Where(t => t.Type == TriggerDefinition.CronType && t.CronExpression is not null))
        {
            var key = SchedulingKeys.Cron(trigger.DefinitionId, trigger.Index);
            if (await scheduler.GetTrigger(key, cancellationToken) is ICronTrigger existing && existing.CronExpressionString == trigger.CronExpression) continue;
            await TryScheduleAsync(scheduler, trigger.DefinitionId, trigger.Index, trigger.CronExpression!, cancellationToken);
        }
    }

    // Validation refuses a cron that never fires, but one limited to a year can run out after it was published: Quartz
    // then refuses to schedule it. That trigger has nothing left to do; it must not stop a publish or the server's start.
    private async Task<bool> TryScheduleAsync(IScheduler scheduler, string definitionId, int index, string expression, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.ScheduleJob(Build(definitionId, index, expression), ScheduleJobOptions.Replacing, cancellationToken);
            return true;
        }
        catch (SchedulerException ex) when (ex is not JobPersistenceException)
        {
            logger.LogWarning(ex, "Cron trigger {DefinitionId}#{Index} ({Expression}) not scheduled: it will never fire again", definitionId, index, expression);
            await scheduler.UnscheduleJob(SchedulingKeys.Cron(definitionId, index), cancellationToken); // nor may an older expression
            return false;
        }
    }

    private static ITrigger Build(string definitionId, int index, string expression) =>
        TriggerBuilder.Create()
            .WithIdentity(SchedulingKeys.Cron(definitionId, index))
            .ForJob(SchedulingKeys.StartWorkflowJob)
            .UsingJobData(StartWorkflowJob.DefinitionIdKey, definitionId)
            .WithCronSchedule(expression, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
}
