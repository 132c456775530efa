using System.Text.Json.Nodes;
using BcmWorkflows.Activities;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.InMemory;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Engine.Stores;
using BcmWorkflows.Engine.Tests.Support.TestActivities;
using BcmWorkflows.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Engine.Tests.Support;

/// <summary>
/// The engine with the in-memory store and a fast-forwardable clock. Besides the product's activities the
/// registry knows the test activities in <see cref="TestActivities"/> (types prefixed <c>Test</c>).
/// </summary>
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
        services.AddSingleton(Flaky);
        services.AddBcmActivities();
        services.Replace(ServiceDescriptor.Singleton(new ActivityRegistry(
            [typeof(WorkflowRuntime).Assembly, typeof(BcmWorkflows.Activities.DependencyInjection).Assembly, typeof(EngineHost).Assembly])));
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    public InMemoryWorkflowStore Store { get; } = new();
    public FlakyGate Flaky { get; } = new();
    public IServiceProvider Services => _services;
    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();
    public DefinitionValidator Validator => _services.GetRequiredService<DefinitionValidator>();

    public WorkflowDefinition Publish(string json, int version = 1) => Publish(WorkflowJson.ParseDefinition(json), version);

    /// <summary>
    /// Validates and adds <paramref name="definition"/> as the published <paramref name="version"/>. Warnings fail
    /// too: in a test an unreachable activity is almost always a mistake in the test.
    /// </summary>
    public WorkflowDefinition Publish(WorkflowDefinition definition, int version = 1)
    {
        var result = Validator.Validate(definition);
        Assert.True(result.Problems.Count == 0, string.Join("; ", result.Problems.Select(e => $"[{e.Severity}] {e.Path}: {e.Message}")));
        Store.Add(definition, version);
        return definition;
    }

    public WorkflowDefinition Publish(Flow flow, int version = 1) => Publish(flow.Build(), version);

    public Task<WorkflowRunResult> StartAsync(string definitionId, JsonObject? input = null, string? correlationId = null) =>
        Runtime.StartAsync(new StartWorkflowRequest(definitionId) { Input = input, CorrelationId = correlationId });

    /// <summary>Publishes <paramref name="flow"/> and starts it.</summary>
    public async Task<WorkflowInstance> RunAsync(Flow flow, JsonObject? input = null, string? correlationId = null)
    {
        var definition = Publish(flow);
        var run = await StartAsync(definition.DefinitionId, input, correlationId);
        return Instance(run.InstanceId);
    }

    public Task<EventResult> RaiseAsync(string eventName, JsonNode? payload = null, string? correlationId = null) =>
        Runtime.RaiseEventAsync(eventName, correlationId, payload);

    public WorkflowInstance Instance(string id) => Store.Get(id) ?? throw new InvalidOperationException($"No instance {id}");

    /// <summary>Moves the clock forward and fires every timer that became due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Runtime.FireDueTimersAsync();
    }

    public IReadOnlyList<JournalEntry> Journal(string instanceId) => Store.JournalOf(instanceId);

    /// <summary>Activity ids in the order the journal saw them complete.</summary>
    public IReadOnlyList<string> Completed(string instanceId) =>
        Store.JournalOf(instanceId).Where(j => j.Event == JournalEntry.Completed).Select(j => j.ActivityId).ToList();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
