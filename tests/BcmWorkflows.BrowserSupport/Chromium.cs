using Microsoft.Playwright;

namespace BcmWorkflows.BrowserSupport;

/// <summary>Debian's chromium driven by Playwright's bundled driver: no <c>playwright install</c>, no browser download.</summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Overrides <see cref="DefaultPath"/> (another chromium build on a developer's machine).</summary>
    public const string PathVariable = "BCM_CHROMIUM";

    /// <summary>The flags of docs/stack.md: headless, no sandbox (root in CI), nothing that phones home.</summary>
    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>Starts Playwright and launches chromium; fails with what to install when the browser is missing.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"No chromium at {path}: install Debian's package ('apt-get install -y chromium'; scripts/test.sh does) " +
                $"or point {PathVariable} at a chromium binary.");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = Args,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
