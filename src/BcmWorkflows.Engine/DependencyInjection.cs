using System.Reflection;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Expressions;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;
using BcmWorkflows.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BcmWorkflows.Engine;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the engine: activity registry over <paramref name="activityAssemblies"/>, expressions,
    /// validator and runtime. Stores (<see cref="IWorkflowSnapshotStore"/>, <see cref="IWorkflowInstanceStore"/>)
    /// and an <see cref="IWorkflowTimerScheduler"/> come from the host.
    /// </summary>
    public static IServiceCollection AddBcmEngine(this IServiceCollection services, params Assembly[] activityAssemblies)
    {
        services.AddOptions<EngineOptions>();
        services.AddOptions<ExpressionOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdGenerator, GuidIdGenerator>();
        services.AddSingleton(new ActivityRegistry([typeof(DependencyInjection).Assembly, .. activityAssemblies]));
        services.AddSingleton<ExpressionEngine>();
        services.AddSingleton<DefinitionValidator>();
        services.AddSingleton<WorkflowRuntime>();
        return services;
    }
}
