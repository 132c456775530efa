using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcmWorkflows.Server.Features.Health;

/// <summary>
/// Degraded when messages wait in the outbox well past their due time (no dispatcher gets to them: channels down,
/// throttled, or every node stuck) or when messages failed for good in the last hour — people are not being reached.
/// Never Unhealthy: the node still accepts work, and the outbox keeps it until channels come back.
/// </summary>
internal sealed class OutboxHealthCheck(INotificationsDb db, TimeProvider clock) : IHealthCheck
{
    /// <summary>A message due longer ago than this is late: dispatchers poll every few seconds.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var lateBefore = now - LateAfter;
        var hourAgo = now.AddHours(-1);
        var late = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt < lateBefore, cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed && m.UpdatedAt > hourAgo, cancellationToken);
        var data = new Dictionary<string, object> { ["lateMessages"] = late, ["failedLastHour"] = failed };
        if (late > 0) return HealthCheckResult.Degraded($"{late} message(s) due more than {LateAfter.TotalMinutes:0} minutes ago are still waiting.", data: data);
        if (failed > 0) return HealthCheckResult.Degraded($"{failed} message(s) failed for good in the last hour (see the outbox).", data: data);
        return HealthCheckResult.Healthy("Messages go out on time.", data);
    }
}
