using System.Text.Json.Nodes;
using BcmWorkflows.Activities;
using BcmWorkflows.Activities.ControlFlow;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Engine.Validation;
using BcmWorkflows.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Data.Tests.Support;

/// <summary>The engine on the EF stores over a test database, with a fast-forwardable clock.</summary>
public sealed class DataHost : IAsyncDisposable
{
    public DataHost(TestDatabase database, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddBcmActivities();
        // The activity library plus this assembly's test activities (the last registry registered wins).
        services.AddSingleton(new ActivityRegistry([typeof(Log).Assembly, typeof(ActivityRegistry).Assembly, typeof(DataHost).Assembly]));
        services.AddBcmData(configuration);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    public ServiceProvider Services { get; }
    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    /// <summary>Runs <paramref name="work"/> with the scoped service <typeparamref name="TService"/> of a new scope.</summary>
    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> DbAsync<T>(Func<BcmDbContext, Task<T>> work) => WithAsync(work);

    public Task<T> DefinitionsAsync<T>(Func<WorkflowDefinitionService, Task<T>> work) => WithAsync(work);

    /// <summary>Validates, saves and publishes a definition; returns the published version.</summary>
    public async Task<int> PublishAsync(string json)
    {
        var definition = Parse(json);
        await DefinitionsAsync(d => d.SaveDraftAsync(definition, "tester", default));
        var published = await DefinitionsAsync(d => d.PublishAsync(definition.DefinitionId, "tester", default));
        return published!.Version;
    }

    public WorkflowDefinition Parse(string json)
    {
        var definition = WorkflowJson.ParseDefinition(json);
        var result = Services.GetRequiredService<DefinitionValidator>().Validate(definition);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return definition;
    }

    public Task<WorkflowRunResult> StartAsync(string definitionId, JsonObject? input = null, string? correlationId = null, int? version = null) =>
        Runtime.StartAsync(new StartWorkflowRequest(definitionId) { Input = input, CorrelationId = correlationId, Version = version });

    /// <summary>The instance row and its state as stored.</summary>
    public Task<WorkflowInstanceRecord> InstanceAsync(string id) =>
        DbAsync(db => db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == id));

    public Task<WorkflowState> StateAsync(string id) =>
        DbAsync(async db => System.Text.Json.JsonSerializer.Deserialize<WorkflowState>(
            (await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == id)).StateJson, WorkflowJson.Options)!);

    public Task<List<WorkflowBookmarkRecord>> BookmarksAsync(string instanceId) =>
        DbAsync(db => db.WorkflowBookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).ToListAsync());

    /// <summary>The instance's journal events in order (stored one row per burst).</summary>
    public Task<List<JournalLine>> JournalAsync(string instanceId) =>
        DbAsync(async db => JournalLines.Read(await db.WorkflowJournal.AsNoTracking().Where(j => j.InstanceId == instanceId).ToListAsync()));

    /// <summary>Moves the clock forward and fires every timer that became due.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return await Runtime.FireDueTimersAsync();
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
