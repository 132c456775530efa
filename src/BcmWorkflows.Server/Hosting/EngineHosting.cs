using BcmWorkflows.Engine.Expressions;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Server.Features.Acknowledgements;

namespace BcmWorkflows.Server.Hosting;

public static class EngineHosting
{
    /// <summary>
    /// Binds engine settings (<c>Bcm:Engine</c>, <c>Bcm:Engine:Expressions</c>), the start-up importer and the glue
    /// between notifications and the engine (confirmations resume waiting workflows).
    /// </summary>
    public static IServiceCollection AddBcmEngineHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EngineOptions>(configuration.GetSection("Bcm:Engine"));
        services.Configure<ExpressionOptions>(configuration.GetSection("Bcm:Engine:Expressions"));
        services.AddScoped<ShippedWorkflowImporter>();
        services.AddSingleton<WakeUpCoalescer>();
        services.AddScoped<IAcknowledgementListener, ResumeWaitingWorkflow>();
        services.AddScoped<MissedConfirmationSweep>();
        return services;
    }
}
