using System.Runtime.CompilerServices;
using BcmWorkflows.BrowserSupport;
using BcmWorkflows.TestSupport;
using Microsoft.Playwright;

namespace BcmWorkflows.Browser.Tests.Support;

/// <summary>
/// Base of a browser test class: a fresh browser context and page per test (desktop 1280×800 unless the test asks for
/// a phone), every console error and uncaught page error recorded. Test bodies run through <see cref="RunAsync"/>:
/// an uncaught page error fails the test, and a failing test leaves a screenshot and the console errors in
/// <c>TestResults/browser/</c>.
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    public static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1280, Height = 800 } };

    /// <summary>A small phone: 360×740 CSS pixels, touch, mobile viewport handling.</summary>
    public static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new() { Width = 360, Height = 740 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };

    private readonly List<string> _console = [];
    private readonly List<string> _pageErrors = [];
    private IBrowserContext? _context;

    protected BrowserFixture Fixture { get; } = fixture;

    /// <summary>The page of this test (a new one after <see cref="NewPageAsync"/>).</summary>
    protected IPage Page { get; private set; } = null!;

    protected Uri ServerUrl => Fixture.ServerUrl;

    /// <summary>HttpClient signed in as the administrator, for arranging data.</summary>
    protected HttpClient Api => Fixture.Api;

    public async Task InitializeAsync() => await NewPageAsync(Desktop);

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
    }

    /// <summary>Replaces the context and page with new ones made with <paramref name="options"/> (e.g. <see cref="Phone"/>).</summary>
    protected async Task<IPage> NewPageAsync(BrowserNewContextOptions options)
    {
        if (_context is not null) await _context.DisposeAsync();
        _context = await Fixture.Browser.NewContextAsync(options);
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") lock (_console) _console.Add($"[{message.Type}] {message.Text} ({message.Location})");
        };
        Page.PageError += (_, error) => { lock (_pageErrors) _pageErrors.Add(error); };
        return Page;
    }

    /// <summary>Goes to <paramref name="path"/> (e.g. <c>/workflows</c>) on the server and returns the page.</summary>
    protected async Task<IPage> OpenAsync(string path)
    {
        await Page.GotoAsync(new Uri(ServerUrl, path).ToString());
        return Page;
    }

    /// <summary>Signs <paramref name="page"/>'s context in as a user holding <paramref name="role"/> (by cookie; no page visit).</summary>
    protected async Task SignInAsAsync(IPage page, string role)
    {
        var cookie = await Fixture.SessionCookieAsync(role);
        await page.Context.ClearCookiesAsync();
        await page.Context.AddCookiesAsync([new Cookie
        {
            Name = SignedInClient.CookieName,
            Value = cookie,
            Url = ServerUrl.GetLeftPart(UriPartial.Authority),
            HttpOnly = true,
            SameSite = SameSiteAttribute.Lax,
        }]);
    }

    /// <summary>Runs a test body; fails on uncaught page errors; on failure saves a screenshot and the console log.</summary>
    protected async Task RunAsync(Func<IPage, Task> body, [CallerMemberName] string test = "")
    {
        try
        {
            await body(Page);
            string[] errors;
            lock (_pageErrors) errors = [.. _pageErrors];
            Assert.True(errors.Length == 0, "Uncaught error(s) in the page:\n" + string.Join("\n", errors));
        }
        catch (Exception failure)
        {
            await SaveEvidenceAsync(test, failure);
            throw;
        }
    }

    private async Task SaveEvidenceAsync(string test, Exception failure)
    {
        var folder = Path.Combine(RepoPaths.Root, "TestResults", "browser");
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $"{GetType().Name}.{test}");
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true });
        }
        catch (PlaywrightException)
        {
            // The page is gone (crashed or closed): the log below still tells what happened.
        }
        string[] console, errors;
        lock (_console) console = [.. _console];
        lock (_pageErrors) errors = [.. _pageErrors];
        await File.WriteAllLinesAsync(stem + ".log",
            [$"url: {(Page.IsClosed ? "(closed)" : Page.Url)}", $"failure: {failure}", "", "page errors:", .. errors, "", "console:", .. console]);
    }
}
