using System.Net.Http.Headers;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Server.Tests.Support;

/// <summary>
/// One database and one running server per test class (tests in the class share them and use their own
/// definition ids and event names), with signed-in clients per role. <paramref name="settings"/> are extra configuration
/// keys for the server (e.g. a Twilio account for webhook tests); <paramref name="services"/> changes its services.
/// </summary>
public abstract class ServerFixture(string provider, bool fakeClock = false, IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null) : IAsyncLifetime
{
    public const string UserPassword = "User-Passw0rd!";

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Provider { get; } = provider;
    public TestDatabase Database { get; private set; } = null!;
    public BcmServerFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Provider);
        Factory = new BcmServerFactory(Database, new ServerOptions
        {
            Clock = fakeClock ? ServerOptions.NewClock() : null,
            Settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()),
            ConfigureServices = services,
        });
        await BcmServerFactory.StartAsync(Factory); // migrations, seeding and the import happen here, not in the first test
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        if (Factory is not null) await Factory.DisposeAsync();
        if (Database is not null)
        {
            BcmServerFactory.DeleteQuartzFile(Database);
            await Database.DisposeAsync();
        }
        _gate.Dispose();
    }

    /// <summary>A client without credentials.</summary>
    public HttpClient Anonymous() => Factory.CreateClient(new() { HandleCookies = false });

    /// <summary>A client signed in with a bearer token as the seeded administrator.</summary>
    public Task<HttpClient> AdminAsync() => ClientAsync(Roles.Admin);

    /// <summary>A client signed in with a bearer token as a user holding only <paramref name="role"/> (the administrator for Admin).</summary>
    public async Task<HttpClient> ClientAsync(string role)
    {
        await _gate.WaitAsync();
        try
        {
            if (_clients.TryGetValue(role, out var existing)) return existing;
            var (email, password) = role == Roles.Admin
                ? (BcmServerFactory.AdminEmail, BcmServerFactory.AdminPassword)
                : (await CreateUserAsync(Factory, $"{role.ToLowerInvariant()}@bcm.test", role), UserPassword);
            var client = Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Auth.LoginAsync(client, email, password));
            return _clients[role] = client;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Creates a user with the given roles (none: a signed-in user without a role); returns the email.</summary>
    public static async Task<string> CreateUserAsync(BcmServerFactory factory, string email, params string[] roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BcmUser>>();
        var user = new BcmUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        var created = await users.CreateAsync(user, UserPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            var added = await users.AddToRolesAsync(user, roles);
            Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Description)));
        }
        return email;
    }
}

public sealed class SqliteServer() : ServerFixture(TestDatabase.Sqlite);

public sealed class PostgresServer() : ServerFixture(TestDatabase.Postgres);

/// <summary>A server whose engine clock is a <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/>.</summary>
public sealed class SqliteServerWithFakeClock() : ServerFixture(TestDatabase.Sqlite, fakeClock: true);

public sealed class PostgresServerWithFakeClock() : ServerFixture(TestDatabase.Postgres, fakeClock: true);

/// <summary>A server with Twilio configured (<see cref="TwilioWebhooks"/>): signed webhooks are accepted.</summary>
public sealed class SqliteServerWithTwilio() : ServerFixture(TestDatabase.Sqlite, settings: TwilioWebhooks.Settings);

public sealed class PostgresServerWithTwilio() : ServerFixture(TestDatabase.Postgres, settings: TwilioWebhooks.Settings);
