using BcmWorkflows.BrowserSupport;
using BcmWorkflows.Server.Auth;
using Microsoft.Playwright;

namespace BcmWorkflows.Browser.Tests.Support;

/// <summary>
/// One real server (Kestrel on 127.0.0.1, a fresh SQLite database, the shipped workflows) and one chromium per test
/// class; tests get a fresh browser context each (<see cref="BrowserTest"/>). Users per role are created on first use.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> _emails = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private SignedInClient? _admin;

    public BrowserServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServerUrl => Server.Url;

    /// <summary>An HttpClient signed in as the administrator, for arranging and checking data through the API.</summary>
    public HttpClient Api => (_admin ?? throw new InvalidOperationException("The fixture has not started.")).Http;

    /// <summary>False for fixtures of tests that are skipped (nothing is started then).</summary>
    protected virtual bool Enabled => true;

    /// <summary>Extra server configuration (e.g. <c>Bcm:Demo=true</c> for screenshots with data in them).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        if (!Enabled) return;
        Server = await BrowserServer.StartAsync(Settings);
        _admin = await Server.SignInAsync(BrowserServer.AdminEmail, BrowserServer.AdminPassword);
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        _admin?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        _gate.Dispose();
    }

    /// <summary>The email of a user holding only <paramref name="role"/> (the seeded administrator for Admin), created once.</summary>
    public async Task<string> EmailForAsync(string role)
    {
        if (role == Roles.Admin) return BrowserServer.AdminEmail;
        await _gate.WaitAsync();
        try
        {
            if (!_emails.TryGetValue(role, out var email))
                _emails[role] = email = await Server.CreateUserAsync($"{role.ToLowerInvariant()}@bcm.test", role);
            return email;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The password of the user <see cref="EmailForAsync"/> returns for <paramref name="role"/>.</summary>
    public static string PasswordFor(string role) => role == Roles.Admin ? BrowserServer.AdminPassword : BrowserServer.UserPassword;

    /// <summary>A fresh session cookie for a user of <paramref name="role"/> (signed in over HTTP, not through the page).</summary>
    public async Task<string> SessionCookieAsync(string role)
    {
        using var client = await Server.SignInAsync(await EmailForAsync(role), PasswordFor(role));
        return client.SessionCookie;
    }
}
