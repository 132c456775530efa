using BcmWorkflows.Data;
using BcmWorkflows.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Notifications.Tests.Support;

/// <summary>The notification services on a test database (the real DbContext) with a fast-forwardable clock.</summary>
public sealed class NotificationsHost : IAsyncDisposable
{
    public NotificationsHost(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddBcmData(configuration);
        services.AddBcmNotifications(configuration);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    public ServiceProvider Services { get; }

    /// <summary>Runs <paramref name="work"/> with <typeparamref name="TService"/> of a new scope (its own DbContext).</summary>
    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> DbAsync<T>(Func<BcmDbContext, Task<T>> work) => WithAsync(work);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
