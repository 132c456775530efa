using BcmWorkflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Activities;

public static class DependencyInjection
{
    /// <summary>Registers the engine with every activity in this library.</summary>
    public static IServiceCollection AddBcmActivities(this IServiceCollection services) =>
        services.AddBcmEngine(typeof(DependencyInjection).Assembly);

    /// <summary>
    /// The services the BCM activities (Bcm/) share beyond the domain's own; a host that runs them also calls
    /// AddBcmDomain. Kept apart so that hosts of the core activities alone (tests, tools) need no domain.
    /// </summary>
    public static IServiceCollection AddBcmDomainActivities(this IServiceCollection services)
    {
        services.AddScoped<Bcm.CallTrees.CallTreeWaves>();
        return services;
    }
}
