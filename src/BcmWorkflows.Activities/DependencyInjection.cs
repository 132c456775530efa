using BcmWorkflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Activities;

public static class DependencyInjection
{
    /// <summary>Registers the engine with every activity in this library.</summary>
    public static IServiceCollection AddBcmActivities(this IServiceCollection services)
    {
        services.AddScoped<Bcm.CallTrees.CallTreeWaves>();
        return services.AddBcmEngine(typeof(DependencyInjection).Assembly);
    }
}
