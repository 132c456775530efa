using BcmWorkflows.Browser.Tests.Support;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcmWorkflows.Browser.Tests;

/// <summary>A fact that runs only with <c>BCM_SCREENSHOTS=1</c>; otherwise it is reported as skipped (not passed).</summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public const string Variable = "BCM_SCREENSHOTS";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    public ScreenshotFactAttribute()
    {
        if (!Enabled) Skip = $"Screenshots for docs/screenshots are taken only with {Variable}=1.";
    }
}

/// <summary>Starts nothing unless screenshots are wanted.</summary>
public sealed class ScreenshotFixture : BrowserFixture
{
    protected override bool Enabled => ScreenshotFactAttribute.Enabled;
}

/// <summary>
/// Screenshots of the main screens for docs/ and the README: <c>BCM_SCREENSHOTS=1 dotnet test tests/BcmWorkflows.Browser.Tests
/// --filter ScreenshotTests</c> writes <c>docs/screenshots/*.png</c>.
/// </summary>
public sealed class ScreenshotTests(ScreenshotFixture fixture) : IClassFixture<ScreenshotFixture>, IAsyncLifetime
{
    private sealed class Shots(BrowserFixture fixture) : BrowserTest(fixture)
    {
        public new IPage Page => base.Page;
        public new Task<IPage> OpenAsync(string path) => base.OpenAsync(path);
        public new Task SignInAsAsync(IPage page, string role) => base.SignInAsAsync(page, role);
        public new Task<IPage> NewPageAsync(BrowserNewContextOptions options) => base.NewPageAsync(options);
        public new Task RunAsync(Func<IPage, Task> body, string test) => base.RunAsync(body, test);
    }

    private readonly Shots _shots = new(fixture);

    private static string Folder => Path.Combine(RepoPaths.Root, "docs", "screenshots");

    public async Task InitializeAsync()
    {
        if (ScreenshotFactAttribute.Enabled) await _shots.InitializeAsync();
    }

    public Task DisposeAsync() => ScreenshotFactAttribute.Enabled ? _shots.DisposeAsync() : Task.CompletedTask;

    private static Task SaveAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(Folder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = fullPage });
    }

    [ScreenshotFact]
    public Task Main_screens() => _shots.RunAsync(async page =>
    {
        await _shots.OpenAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await SaveAsync(page, "sign-in");

        await _shots.SignInAsAsync(page, Roles.Coordinator);
        await _shots.OpenAsync("/workflows");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Workflow definitions" })).ToBeVisibleAsync();
        await Expect(page.Locator("[aria-busy=true]")).ToHaveCountAsync(0); // the instance counts arrived
        await SaveAsync(page, "workflows", fullPage: true);

        await _shots.OpenAsync("/workflows/plan-review-cycle");
        await Expect(Canvas.Node(page, "forOnePlan")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500); // fitView's animation frame
        await SaveAsync(page, "designer-plan-review-cycle");

        var phone = await _shots.NewPageAsync(BrowserTest.Phone);
        var (_, path) = await fixture.Server.CreateAckLinkAsync("Fire alarm in building B. Leave by the nearest exit and confirm that you are safe.");
        await _shots.OpenAsync(path);
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Confirm" })).ToBeVisibleAsync();
        await SaveAsync(phone, "ack-phone");
    }, nameof(Main_screens));
}
