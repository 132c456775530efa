using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcmWorkflows.Server.Features.Health;

/// <summary>
/// <c>GET /health</c>: every check (database, scheduler, outbox) with its status, description and figures as JSON —
/// 200 when Healthy or Degraded, 503 when Unhealthy (a load balancer takes the node out). <c>GET /health/live</c>: 200
/// while the process answers at all (no dependency checked: a restart would not fix the database).
/// </summary>
public static class HealthApi
{
    public static IServiceCollection AddBcmHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"])
            .AddCheck<OutboxHealthCheck>("outbox", tags: ["ready"]);
        return services;
    }

    public static WebApplication MapHealthApi(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        return app;
    }
}
