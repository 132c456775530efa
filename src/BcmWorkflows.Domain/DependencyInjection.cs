using BcmWorkflows.Domain.Actions;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.CallTrees;
using BcmWorkflows.Domain.Exercises;
using BcmWorkflows.Domain.Incidents;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Domain.Plans.Documents;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Domain.Processes;
using BcmWorkflows.Domain.Risks;
using BcmWorkflows.Domain.Tasks;
using BcmWorkflows.Domain.Training;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Domain;

public static class DependencyInjection
{
    /// <summary>The domain's services, scoped like the DbContext they work on (<see cref="IDomainDb"/> is registered by AddBcmData).</summary>
    public static IServiceCollection AddBcmDomain(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<Roster>();
        services.AddScoped<HumanTasks>();
        services.AddScoped<TaskNotifier>();
        services.AddScoped<TrainingService>();
        services.AddScoped<ExerciseService>();
        services.AddScoped<ImprovementActionService>();
        services.AddScoped<IncidentService>();
        services.AddScoped<CallTreeService>();
        services.AddScoped<CallTreeValidator>();
        services.AddScoped<CallTreeReports>();
        services.AddScoped<CallTreeRuns>();
        services.AddScoped<ProcessRegistry>();
        services.AddScoped<RiskRegister>();
        services.AddScoped<PlanScope>();
        services.AddScoped<PlanBook>();
        services.AddScoped<PlanRevisions>();
        services.AddScoped<PlanDiff>();
        services.AddScoped<PlanDocuments>();
        return services;
    }
}
