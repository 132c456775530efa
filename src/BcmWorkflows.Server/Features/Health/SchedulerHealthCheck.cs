using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace BcmWorkflows.Server.Features.Health;

/// <summary>
/// Unhealthy when Quartz has shut down on this node: its timers and cron triggers would then fire only on other
/// nodes (clustered) or not at all (a single node). Degraded while it is still starting.
/// </summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var metadata = await scheduler.GetMetadata(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["instanceId"] = scheduler.SchedulerInstanceId,
            ["status"] = status.ToString(),
            ["clustered"] = metadata.JobStoreClustered,
            ["jobsExecuted"] = metadata.JobsExecuted,
        };
        return status switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy("Timers and cron triggers run.", data),
            // Quartz starts once the application has started: a node that just came up serves requests already.
            SchedulerStatus.Created or SchedulerStatus.Standby => HealthCheckResult.Degraded($"The scheduler is {status} (starting): timers fire once it runs.", data: data),
            _ => HealthCheckResult.Unhealthy($"The scheduler is {status}: timers and cron triggers do not fire on this node.", data: data),
        };
    }
}
