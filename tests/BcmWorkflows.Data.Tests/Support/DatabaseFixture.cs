using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Data.Tests.Support;

/// <summary>One migrated database per test class; tests in the class share it and use their own definition ids.</summary>
public abstract class DatabaseFixture(string provider) : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        await using var host = new DataHost(Database);
        await host.Services.MigrateBcmDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        if (Database is not null) await Database.DisposeAsync();
    }

    /// <summary>A fresh service provider (engine, EF stores, fake clock) over this fixture's database.</summary>
    public DataHost Host(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null) => new(Database, configure, settings);
}

public sealed class SqliteFixture() : DatabaseFixture(TestDatabase.Sqlite);

public sealed class PostgresFixture() : DatabaseFixture(TestDatabase.Postgres);
