using BcmWorkflows.Data;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Server.Tests.Support;

/// <summary>
/// The real server (Program) on a test database: the administrator from <see cref="AdminEmail"/>, the shipped
/// workflows from <see cref="ServerOptions.WorkflowsPath"/> (the repository's by default), Quartz on its own
/// SQLite file beside a SQLite database or in the PostgreSQL database. With a <see cref="FakeTimeProvider"/>
/// the engine's clock stands still until a test advances it and sweeps due timers.
/// </summary>
public sealed class BcmServerFactory(TestDatabase database, ServerOptions? options = null) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@bcm.test";
    public const string AdminPassword = "Admin-Passw0rd!";

    private readonly ServerOptions _options = options ?? new ServerOptions();

    public TestDatabase Database { get; } = database;

    /// <summary>The engine's (<see cref="WorkflowRuntime"/>'s) clock when the test replaced it; null on real time.</summary>
    public FakeTimeProvider? Clock => _options.Clock;

    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    /// <summary>
    /// Starts the server. WebApplicationFactory starts it synchronously (blocking on async start-up): done on a
    /// pool thread, so that xUnit's few test threads are never all blocked waiting for continuations they would run.
    /// </summary>
    public static Task StartAsync(BcmServerFactory factory) => Task.Run(() => _ = factory.Server);

    /// <summary>Moves the fake clock forward and runs the maintenance job's due-timer sweep.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        var clock = Clock ?? throw new InvalidOperationException("This server runs on real time.");
        clock.Advance(by);
        return await Runtime.FireDueTimersAsync();
    }

    /// <summary>Runs <paramref name="work"/> with a scoped service of the server.</summary>
    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> DbAsync<T>(Func<BcmDbContext, Task<T>> work) => WithAsync(work);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: no developer exception page, errors as in production. Scopes validated all the same.
        builder.UseEnvironment("Testing");
        builder.UseDefaultServiceProvider(o => o.ValidateScopes = true);
        foreach (var (key, value) in Settings()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            // The fake clock drives the engine only. Quartz 4 runs on the container's TimeProvider, and on a clock
            // that moves only when a test says so its retry and idle waits never end (a retried lock then hangs the
            // request that scheduled a timer); Identity's tokens would expire as the test fast-forwards. Timers
            // made on the fake clock fire through the engine's sweep (AdvanceAsync).
            if (_options.Clock is { } clock)
                services.AddSingleton(sp => ActivatorUtilities.CreateInstance<WorkflowRuntime>(sp, (TimeProvider)clock));
            _options.ConfigureServices?.Invoke(services);
        });
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>(Database.Settings)
        {
            ["Bcm:Admin:Email"] = AdminEmail,
            ["Bcm:Admin:Password"] = AdminPassword,
            ["Bcm:Workflows:Path"] = _options.WorkflowsPath ?? RepoPaths.Workflows,
            ["Bcm:Templates:Path"] = RepoPaths.Templates,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (!Database.IsPostgres) settings["Bcm:Scheduling:ConnectionString"] = $"Data Source={QuartzFile(Database)}";
        foreach (var (key, value) in _options.Settings) settings[key] = value;
        return settings;
    }

    /// <summary>Quartz's own SQLite file for a SQLite test database (the same for every host on that database).</summary>
    public static string QuartzFile(TestDatabase database) =>
        Path.Combine(Path.GetTempPath(), $"bcm-quartz-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(database.ConnectionString)))[..16]}.db");

    /// <summary>Deletes the Quartz file of a SQLite test database (its own database is the caller's to dispose).</summary>
    public static void DeleteQuartzFile(TestDatabase database)
    {
        if (database.IsPostgres) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            try
            {
                File.Delete(QuartzFile(database) + suffix);
            }
            catch (IOException)
            {
                // Still open somewhere: the temp folder is cleaned eventually anyway.
            }
        }
    }
}
