using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcmWorkflows.Server.Features.Health;

/// <summary><c>GET /health</c>: 200 when the server and its database are usable, 503 otherwise.</summary>
public static class HealthApi
{
    public static IServiceCollection AddBcmHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static WebApplication MapHealthApi(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }

    private sealed class DatabaseHealthCheck(BcmDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database cannot be reached.");
    }
}
