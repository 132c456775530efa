using BcmWorkflows.Data;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Notifications.Tests.Support;

/// <summary>
/// The notifications services as the server registers them (<c>AddBcmData</c> + <c>AddBcmNotifications</c>) on a fresh
/// database, with a <see cref="FakeTimeProvider"/>: dispatch rounds are run by the test (the hosted service is not started).
/// </summary>
public sealed class OutboxHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly TestDatabase _database;

    private OutboxHarness(ServiceProvider services, TestDatabase database, FakeTimeProvider clock)
    {
        _services = services;
        _database = database;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _services;

    /// <summary>The registered dispatcher (the one the host would run).</summary>
    public OutboxDispatcher Dispatcher => _services.GetRequiredService<OutboxDispatcher>();

    public static async Task<OutboxHarness> CreateAsync(string provider, params IEnumerable<KeyValuePair<string, string?>>[] settings)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var values = new Dictionary<string, string?>(database.Settings) { ["Bcm:Outbox:DispatcherEnabled"] = "false" };
        foreach (var (key, value) in settings.SelectMany(s => s)) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddBcmData(configuration);
        services.AddBcmNotifications(configuration);
        var provided = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provided.MigrateBcmDatabaseAsync();
        return new OutboxHarness(provided, database, clock);
    }

    /// <summary>Another dispatcher on the same database: another node.</summary>
    public OutboxDispatcher NewNode() => ActivatorUtilities.CreateInstance<OutboxDispatcher>(_services);

    public async Task<T> DbAsync<T>(Func<INotificationsDb, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<INotificationsDb>());
    }

    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task AddAsync(params OutboxMessage[] messages) => DbAsync(async db =>
    {
        db.OutboxMessages.AddRange(messages);
        return await db.SaveChangesAsync();
    });

    public Task AddAsync(Person person) => DbAsync(async db =>
    {
        db.People.Add(person);
        return await db.SaveChangesAsync();
    });

    public Task<OutboxMessage> MessageAsync(string id) =>
        DbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>The status history of a message, oldest first.</summary>
    public Task<List<OutboxStatusChange>> HistoryAsync(string id) =>
        DbAsync(db => db.OutboxStatusChanges.AsNoTracking().Where(c => c.MessageId == id).OrderBy(c => c.Id).ToListAsync());

    /// <summary>A Pending SMS due now.</summary>
    public OutboxMessage Sms(string id, string to = "+15005550001", string body = "Incident declared. Reply 12 to confirm.", int segments = 1) => new()
    {
        Id = id, DedupKey = $"test:{id}", Channel = Channel.Sms, Recipient = to, Body = body, Segments = segments, Encoding = "GSM-7",
        Status = OutboxStatus.Pending, NextAttemptAt = Clock.GetUtcNow(), CreatedAt = Clock.GetUtcNow(), UpdatedAt = Clock.GetUtcNow(),
    };

    /// <summary>A Pending email due now.</summary>
    public OutboxMessage Email(string id, string to = "ana@example.org", string subject = "Incident declared", string body = "Please confirm.", string? html = null) => new()
    {
        Id = id, DedupKey = $"test:{id}", Channel = Channel.Email, Recipient = to, Subject = subject, Body = body, HtmlBody = html,
        Status = OutboxStatus.Pending, NextAttemptAt = Clock.GetUtcNow(), CreatedAt = Clock.GetUtcNow(), UpdatedAt = Clock.GetUtcNow(),
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
