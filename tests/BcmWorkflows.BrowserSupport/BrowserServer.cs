using System.Net;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.BrowserSupport;

/// <summary>
/// The real server (<c>Program</c>) on Kestrel at 127.0.0.1 on a free port, serving the designer built into its wwwroot
/// by Designer.targets, on a throw-away SQLite database with the seeded administrator and the shipped workflows.
/// A browser reaches it over real HTTP (no TestServer).
/// </summary>
public sealed class BrowserServer : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@bcm.test";
    public const string AdminPassword = "Admin-Passw0rd!";
    public const string UserPassword = "User-Passw0rd!";

    private readonly TestDatabase _database;
    private readonly string _quartzFile = Path.Combine(Path.GetTempPath(), $"bcm-browser-quartz-{Guid.NewGuid():N}.db");
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private BrowserServer(TestDatabase database, IReadOnlyDictionary<string, string?>? settings)
    {
        _database = database;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>src/BcmWorkflows.Server in the repository the code runs from.</summary>
    public static string ServerProjectFolder => Path.Combine(RepoPaths.Root, "src", "BcmWorkflows.Server");

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Starts a server on a new SQLite database; fails clearly when the designer was not built into wwwroot.</summary>
    public static async Task<BrowserServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var server = new BrowserServer(await TestDatabase.CreateAsync(TestDatabase.Sqlite), settings);
        try
        {
            // StartServer blocks on the async start-up (migrations, seeding, the workflow import): on a pool thread.
            await Task.Run(server.StartServer);
            server.Url = server.ListeningUrl();
            server.EnsureDesignerIsBuilt();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>An absolute URL on this server for a path such as <c>/workflows</c>.</summary>
    public string UrlFor(string path) => new Uri(Url, path).ToString();

    /// <summary>Creates a user with the password <see cref="UserPassword"/> and the given roles; returns the email.</summary>
    public async Task<string> CreateUserAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BcmUser>>();
        var user = new BcmUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        Check(await users.CreateAsync(user, UserPassword));
        if (roles.Length > 0) Check(await users.AddToRolesAsync(user, roles));
        return email;

        static void Check(IdentityResult result)
        {
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>An HttpClient on <see cref="Url"/> signed in with the session cookie the web app uses.</summary>
    public Task<SignedInClient> SignInAsync(string email, string password) => SignedInClient.CreateAsync(Url, email, password);

    /// <summary>Runs <paramref name="work"/> with a scoped service of the server (to arrange data the API cannot).</summary>
    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The server project's folder, whose wwwroot holds the built designer. Said outright: WebApplicationFactory's
        // own guess depends on the calling project (from bench/ it guesses a folder that does not exist).
        builder.UseContentRoot(ServerProjectFolder);
        var settings = new Dictionary<string, string?>(_database.Settings)
        {
            ["Bcm:Admin:Email"] = AdminEmail,
            ["Bcm:Admin:Password"] = AdminPassword,
            ["Bcm:Workflows:Path"] = RepoPaths.Workflows,
            ["Bcm:Templates:Path"] = RepoPaths.Templates,
            ["Bcm:Scheduling:ConnectionString"] = $"Data Source={_quartzFile}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in _settings) settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            try
            {
                File.Delete(_quartzFile + suffix);
            }
            catch (IOException)
            {
                // Still open somewhere: the temp folder is cleaned eventually anyway.
            }
        }
    }

    private Uri ListeningUrl()
    {
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel does not listen on 127.0.0.1 (addresses: {string.Join(", ", addresses)}).");
        return new Uri(address);
    }

    private void EnsureDesignerIsBuilt()
    {
        var environment = Services.GetRequiredService<IWebHostEnvironment>();
        if (!environment.WebRootFileProvider.GetFileInfo("index.html").Exists)
            throw new InvalidOperationException(
                $"The web designer is not built: no index.html in {environment.WebRootPath ?? "(no wwwroot)"}. Build the server with npm " +
                "available and without -p:BcmSkipDesigner=true (Designer.targets runs 'npm run build' into wwwroot), e.g. " +
                "'dotnet build src/BcmWorkflows.Server'.");
    }
}
