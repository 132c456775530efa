using BcmWorkflows.Data.Entities;
using BcmWorkflows.Data.Tests.Support;
using BcmWorkflows.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Data.Tests;

/// <summary>Migrations and registration against a real database of each provider.</summary>
public abstract class DatabaseSetupTests(string provider)
{
    [Fact]
    public async Task Concurrent_starters_migrate_a_fresh_database_once()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var hosts = Enumerable.Range(0, 4).Select(_ => new DataHost(database)).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Services.MigrateBcmDatabaseAsync())));
            await hosts[0].Services.MigrateBcmDatabaseAsync();
            var applied = await hosts[0].DbAsync(db => db.Database.GetAppliedMigrationsAsync());
            var all = await hosts[0].DbAsync(db => Task.FromResult(db.Database.GetMigrations()));
            // Each migration applied once, none left pending, whichever starter won.
            Assert.Equal(all, applied);
            Assert.Equal(0, await hosts[1].DbAsync(db => db.WorkflowInstances.CountAsync()));
        }
        finally
        {
            foreach (var host in hosts) await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Identity_stores_users_in_the_same_context()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new DataHost(database, services =>
            services.AddIdentityCore<BcmUser>().AddEntityFrameworkStores<BcmDbContext>());
        await host.Services.MigrateBcmDatabaseAsync();

        await using var scope = host.Services.CreateAsyncScope();
        Assert.Same(scope.ServiceProvider.GetRequiredService<BcmDbContext>(),
            scope.ServiceProvider.GetRequiredService(provider == TestDatabase.Postgres ? typeof(PostgresBcmDbContext) : typeof(SqliteBcmDbContext)));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BcmUser>>();
        var created = await users.CreateAsync(new BcmUser { UserName = "ann@example.org", Email = "ann@example.org", DisplayName = "Ann" }, "Secret-123!");
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.Equal("Ann", (await users.FindByEmailAsync("ann@example.org"))!.DisplayName);
        Assert.Equal(provider == TestDatabase.Postgres, host.Services.GetRequiredService<DatabaseOptions>().IsPostgres);
    }
}

public sealed class SqliteDatabaseSetupTests() : DatabaseSetupTests(TestDatabase.Sqlite)
{
    [Fact]
    public async Task Sqlite_runs_in_wal_mode_with_a_busy_timeout_and_normal_sync()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var host = new DataHost(database);
        await host.Services.MigrateBcmDatabaseAsync();
        var settings = await host.DbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                return (await Pragma(db, "journal_mode"), await Pragma(db, "busy_timeout"), await Pragma(db, "synchronous"));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
        Assert.Equal(("wal", "30000", "1"), settings);
    }

    private static async Task<string> Pragma(BcmDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

public sealed class PostgresDatabaseSetupTests() : DatabaseSetupTests(TestDatabase.Postgres)
{
    // The test server is Debian's PostgreSQL, built with lz4: the migration must have switched both JSON columns to it.
    [Fact]
    public async Task The_journal_and_state_columns_compress_with_lz4()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        await using var host = new DataHost(database);
        await host.Services.MigrateBcmDatabaseAsync();
        var methods = await host.DbAsync(db => db.Database.SqlQueryRaw<string>("""
            SELECT c.relname || '.' || a.attname || '=' || a.attcompression::text AS "Value"
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE (c.relname, a.attname) IN (('workflow_journal', 'EntriesJson'), ('workflow_instances', 'StateJson'))
            ORDER BY 1
            """).ToListAsync());
        Assert.Equal(["workflow_instances.StateJson=l", "workflow_journal.EntriesJson=l"], methods);
    }
}
