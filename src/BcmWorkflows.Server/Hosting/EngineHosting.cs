using BcmWorkflows.Engine.Expressions;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Server.Hosting;

public static class EngineHosting
{
    /// <summary>Binds engine settings (<c>Bcm:Engine</c>, <c>Bcm:Engine:Expressions</c>) and the start-up importer.</summary>
    public static IServiceCollection AddBcmEngineHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EngineOptions>(configuration.GetSection("Bcm:Engine"));
        services.Configure<ExpressionOptions>(configuration.GetSection("Bcm:Engine:Expressions"));
        services.AddScoped<ShippedWorkflowImporter>();
        return services;
    }
}
