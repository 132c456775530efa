using System.Text.Json.Nodes;
using BcmWorkflows.Activities;
using BcmWorkflows.Engine.InMemory;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Engine.Stores;
using BcmWorkflows.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Engine.Tests.Support;

/// <summary>The engine with the in-memory store and a fast-forwardable clock.</summary>
public sealed class EngineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public EngineHost(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Store);
        services.AddSingleton<IWorkflowSnapshotStore>(Store);
        services.AddSingleton<IWorkflowInstanceStore>(Store);
        services.AddBcmActivities();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    public InMemoryWorkflowStore Store { get; } = new();
    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();
    public DefinitionValidator Validator => _services.GetRequiredService<DefinitionValidator>();

    public WorkflowDefinition Publish(string json, int version = 1)
    {
        var definition = WorkflowJson.ParseDefinition(json);
        var result = Validator.Validate(definition);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        Store.Add(definition, version);
        return definition;
    }

    public Task<WorkflowRunResult> StartAsync(string definitionId, JsonObject? input = null, string? correlationId = null) =>
        Runtime.StartAsync(new StartWorkflowRequest(definitionId) { Input = input, CorrelationId = correlationId });

    public WorkflowInstance Instance(string id) => Store.Get(id) ?? throw new InvalidOperationException($"No instance {id}");

    /// <summary>Moves the clock forward and fires every timer that became due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Runtime.FireDueTimersAsync();
    }

    /// <summary>Activity ids in the order the journal saw them complete.</summary>
    public IReadOnlyList<string> Completed(string instanceId) =>
        Store.JournalOf(instanceId).Where(j => j.Event == JournalEntry.Completed).Select(j => j.ActivityId).ToList();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
