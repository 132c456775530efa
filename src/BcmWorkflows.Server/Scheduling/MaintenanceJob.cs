using BcmWorkflows.Server.Features.Acknowledgements;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
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
public sealed class MaintenanceJob(WorkflowRuntime runtime, RetentionPurger purger, MissedConfirmationSweep confirmations,
    IOptions<SchedulingOptions> options, ILogger<MaintenanceJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var fired = await runtime.FireDueTimersAsync(settings.SweepGrace, cancellationToken);
        var recovered = await runtime.RecoverStalledAsync(settings.StalledAfter, cancellationToken);
        var woken = await confirmations.WakeAsync(settings.SweepGrace, cancellationToken);
        var purged = await purger.PurgeAsync(cancellationToken);
        if (fired + recovered + woken > 0)
            logger.LogInformation("Maintenance fired {Fired} late timers, recovered {Recovered} stalled instances and woke {Woken} waits with missed confirmations",
                fired, recovered, woken);
        logger.LogDebug("Retention purge: {Purge}", purged);
    }
}
