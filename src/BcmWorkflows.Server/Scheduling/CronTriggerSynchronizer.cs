using BcmWorkflows.Data;
using BcmWorkflows.Engine.Model;
using Quartz;
using Quartz.Impl.Matchers;

namespace BcmWorkflows.Server.Scheduling;

/// <summary>Keeps Quartz cron triggers equal to the published definitions' Cron triggers.</summary>
public sealed class CronTriggerSynchronizer(ISchedulerFactory factory, ILogger<CronTriggerSynchronizer> logger)
{
    /// <summary>Replaces the cron triggers of one definition (none after a retract).</summary>
    public async Task SyncAsync(string definitionId, IReadOnlyList<TriggerDefinition> triggers, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        foreach (var key in await KeysOfAsync(scheduler, definitionId, cancellationToken))
            await scheduler.UnscheduleJob(key, cancellationToken);
        for (var i = 0; i < triggers.Count; i++)
        {
            if (triggers[i].Type != TriggerDefinition.CronType || string.IsNullOrWhiteSpace(triggers[i].Expression)) continue;
            await scheduler.ScheduleJob(Build(definitionId, i, triggers[i].Expression!), cancellationToken);
            logger.LogInformation("Cron trigger {DefinitionId}#{Index} scheduled: {Expression}", definitionId, i, triggers[i].Expression);
        }
    }

    /// <summary>At start-up: schedule what the trigger index holds, drop what it does not.</summary>
    public async Task ReconcileAsync(IReadOnlyList<WorkflowTriggerRecord> published, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var wanted = published.Where(t => t.Type == TriggerDefinition.CronType && t.CronExpression is not null)
            .ToDictionary(t => SchedulingKeys.Cron(t.DefinitionId, t.Index), t => t);
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(SchedulingKeys.CronGroup), cancellationToken))
        {
            if (!wanted.ContainsKey(key)) await scheduler.UnscheduleJob(key, cancellationToken);
        }
        foreach (var (key, trigger) in wanted)
        {
            var existing = await scheduler.GetTrigger(key, cancellationToken) as ICronTrigger;
            if (existing?.CronExpressionString == trigger.CronExpression) continue;
            if (existing is not null) await scheduler.UnscheduleJob(key, cancellationToken);
            await scheduler.ScheduleJob(Build(trigger.DefinitionId, trigger.Index, trigger.CronExpression!), cancellationToken);
        }
    }

    private static async Task<IEnumerable<TriggerKey>> KeysOfAsync(IScheduler scheduler, string definitionId, CancellationToken cancellationToken) =>
        (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(SchedulingKeys.CronGroup), cancellationToken))
            .Where(k => k.Name.StartsWith(definitionId + "#", StringComparison.Ordinal));

    private static ITrigger Build(string definitionId, int index, string expression) =>
        TriggerBuilder.Create()
            .WithIdentity(SchedulingKeys.Cron(definitionId, index))
            .ForJob(SchedulingKeys.StartWorkflowJob)
            .UsingJobData(StartWorkflowJob.DefinitionIdKey, definitionId)
            .WithCronSchedule(expression, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireHandlingInstructionFireAndProceed())
            .Build();
}
