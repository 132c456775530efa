using BcmWorkflows.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcmWorkflows.Server.Features.Health;

/// <summary>Unhealthy when the database cannot be reached: nothing works without it.</summary>
internal sealed class DatabaseHealthCheck(BcmDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName} reachable.")
                : HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.", ex);
        }
    }
}
