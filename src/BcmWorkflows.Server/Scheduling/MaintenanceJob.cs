using BcmWorkflows.Data;
using BcmWorkflows.Engine.Runtime;
using Microsoft.Extensions.Options;
using Quartz;

namespace BcmWorkflows.Server.Scheduling;

/// <summary>
/// The safety net under the scheduler, run on one node at a time: fires timers Quartz has not fired
/// (e.g. one committed just before a crash, before it was scheduled), resumes instances a dead node
/// left mid-burst, and applies journal/event retention.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MaintenanceJob(WorkflowRuntime runtime, RetentionPurger purger, IOptions<SchedulingOptions> options, ILogger<MaintenanceJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context)
    {
        var settings = options.Value;
        var fired = await runtime.FireDueTimersAsync(settings.SweepGrace, context.CancellationToken);
        var recovered = await runtime.RecoverStalledAsync(settings.StalledAfter, context.CancellationToken);
        var purged = await purger.PurgeAsync(context.CancellationToken);
        if (fired + recovered > 0)
            logger.LogInformation("Maintenance fired {Fired} late timers and recovered {Recovered} stalled instances", fired, recovered);
        logger.LogDebug("Retention purge: {Purge}", purged);
    }
}
