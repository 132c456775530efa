using BcmWorkflows.Activities;
using BcmWorkflows.Activities.Bcm.Tasks;
using BcmWorkflows.Domain;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Features.Audit;
using BcmWorkflows.Server.Features.Plans;
using BcmWorkflows.Server.Features.Tasks;
using BcmWorkflows.Server.Hosting;
using BcmWorkflows.Server.Hosting.Demo;

namespace BcmWorkflows.Server.Features;

public static class DomainFeatures
{
    /// <summary>The BCM domain and the server-side services its slices share (the audit trail, start-up seeding).</summary>
    public static IServiceCollection AddBcmDomainFeatures(this IServiceCollection services)
    {
        services.AddBcmDomain();
        services.AddBcmDomainActivities();
        services.AddScoped<AuditTrail>();
        services.AddScoped<StandardRolesSeeder>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoRecords>();
        // A task about a plan revision shows the manager what changed.
        services.AddScoped<ITaskContext, PlanRevisionTaskContext>();
        // A cancelled UserTask/Approval wait cancels its open task in the same commit.
        services.AddScoped<IActivityCancellationHandler, CancelTasksOfCancelledWaits>();
        return services;
    }
}
