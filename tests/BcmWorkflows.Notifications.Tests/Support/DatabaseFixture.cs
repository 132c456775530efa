using BcmWorkflows.Data;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Notifications.Tests.Support;

/// <summary>One migrated database per test class; tests in the class share it and use their own phone numbers and ids.</summary>
public abstract class DatabaseFixture(string provider) : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        await using var host = new NotificationsHost(Database);
        await host.Services.MigrateBcmDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        if (Database is not null) await Database.DisposeAsync();
    }

    /// <summary>A fresh service provider over this fixture's database.</summary>
    public NotificationsHost Host(IReadOnlyDictionary<string, string?>? settings = null) => new(Database, settings);
}

public sealed class SqliteFixture() : DatabaseFixture(TestDatabase.Sqlite);

public sealed class PostgresFixture() : DatabaseFixture(TestDatabase.Postgres);
