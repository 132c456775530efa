using BcmWorkflows.Engine.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BcmWorkflows.Data;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the database (<see cref="DatabaseOptions"/> from <c>Bcm:Database:Provider</c> and
    /// <c>ConnectionStrings:Bcm</c>), the provider's pooled <see cref="BcmDbContext"/> subclass, forwarded
    /// as scoped <see cref="BcmDbContext"/> (for Identity's <c>AddEntityFrameworkStores&lt;BcmDbContext&gt;</c>
    /// and for everything that takes part in a workflow burst), the EF engine stores,
    /// <see cref="WorkflowDefinitionService"/>, <see cref="RetentionPurger"/> and <see cref="RetentionOptions"/>
    /// (bound from <c>Bcm:Engine:Retention</c>). Throws at once on a bad provider or a missing PostgreSQL
    /// connection string, naming the key.
    /// </summary>
    public static IServiceCollection AddBcmData(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseOptions.FromConfiguration(configuration);
        services.AddSingleton(database);
        if (database.IsPostgres)
        {
            services.AddDbContextPool<PostgresBcmDbContext>(o => PostgresBcmDbContext.Configure(o, database.ConnectionString));
            services.AddScoped<BcmDbContext>(sp => sp.GetRequiredService<PostgresBcmDbContext>());
        }
        else
        {
            services.AddDbContextPool<SqliteBcmDbContext>(o => SqliteBcmDbContext.Configure(o, database.ConnectionString));
            services.AddScoped<BcmDbContext>(sp => sp.GetRequiredService<SqliteBcmDbContext>());
        }

        services.AddScoped<BcmWorkflows.Notifications.INotificationsDb>(sp => sp.GetRequiredService<BcmDbContext>());
        services.AddScoped<BcmWorkflows.Domain.IDomainDb>(sp => sp.GetRequiredService<BcmDbContext>());
        services.AddScoped<BcmWorkflows.Domain.Plans.IReviewRuns, EfReviewRuns>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SnapshotCache>();
        services.AddScoped<IWorkflowSnapshotStore>(sp => new EfWorkflowSnapshotStore(sp.GetRequiredService<BcmDbContext>(), sp.GetRequiredService<SnapshotCache>()));
        services.AddScoped<IWorkflowInstanceStore, EfWorkflowInstanceStore>();
        services.AddScoped(sp => new WorkflowDefinitionService(
            sp.GetRequiredService<BcmDbContext>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SnapshotCache>()));
        services.AddScoped<RetentionPurger>();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName));
        return services;
    }

    /// <summary>
    /// Applies pending migrations of the configured provider. On SQLite it first switches the file to WAL
    /// (readers never block the writer). Concurrent starters are safe: on PostgreSQL a session advisory lock serialises
    /// whole runs, on SQLite EF's migration lock does.
    /// </summary>
    public static async Task MigrateBcmDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BcmDbContext>();
        if (!db.IsPostgres)
        {
            // A fresh connection, outside EF: the journal mode can only change while nobody else is in a transaction.
            await using var connection = new SqliteConnection(db.Database.GetConnectionString());
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync(ct);
        }
        if (!db.IsPostgres)
        {
            await db.Database.MigrateAsync(ct);
            return;
        }
        // EF's own PostgreSQL migration lock is a table lock that ends with each migration's transaction, so two nodes
        // starting together could both apply the second migration. A session advisory lock held on a connection of its
        // own (not pooled: closing it ends the session and so the lock, whatever happens) covers the whole run.
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        await using var gate = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        await gate.OpenAsync(ct);
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLockKey.For(AdvisoryLockKey.Migrations, "bcm")})", gate))
            await take.ExecuteNonQueryAsync(ct);
        await db.Database.MigrateAsync(ct);
    }
}
