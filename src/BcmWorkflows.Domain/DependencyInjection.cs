using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Domain.Plans.Documents;
using BcmWorkflows.Domain.Processes;
using BcmWorkflows.Domain.Risks;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Domain;

public static class DependencyInjection
{
    /// <summary>The domain's services, scoped like the DbContext they work on (<see cref="IDomainDb"/> is registered by AddBcmData).</summary>
    public static IServiceCollection AddBcmDomain(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<Roster>();
        services.AddScoped<ProcessRegistry>();
        services.AddScoped<RiskRegister>();
        services.AddScoped<PlanBook>();
        services.AddScoped<PlanRevisions>();
        services.AddScoped<PlanDiff>();
        services.AddScoped<PlanDocuments>();
        return services;
    }
}
