using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Notifications.Templates;
using BcmWorkflows.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Notifications.Tests.Templates;

/// <summary>
/// Notifications (templates) and Data over a migrated test database, reading shipped templates from a folder: the
/// repository's <c>templates/</c> or one a test writes.
/// </summary>
public sealed class TemplatesHost : IAsyncDisposable
{
    private TemplatesHost(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        Services = services;
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    /// <summary>A new database of <paramref name="provider"/>, migrated, with templates from <paramref name="templatesPath"/>.</summary>
    public static async Task<TemplatesHost> StartAsync(string provider, string templatesPath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bcm:Templates:Path"] = templatesPath })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)));
        services.AddBcmData(configuration);
        services.AddBcmNotifications(configuration);
        var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await serviceProvider.MigrateBcmDatabaseAsync();
        return new TemplatesHost(database, serviceProvider);
    }

    /// <summary>Renders in a scope of its own, as a burst or a request would.</summary>
    public Task<RenderedMessage> RenderAsync(TemplateSource source, Channel channel, string language, JsonObject model) =>
        WithAsync<ITemplateRenderer, RenderedMessage>(r => r.RenderAsync(source, channel, language, model, CancellationToken.None));

    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> CatalogAsync<T>(Func<TemplateCatalog, Task<T>> work) => WithAsync(work);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
