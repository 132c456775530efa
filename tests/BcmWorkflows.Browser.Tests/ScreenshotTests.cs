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

/// <summary>Starts nothing unless screenshots are wanted; with the demo data (people, plans, call trees) when it does.</summary>
public sealed class ScreenshotFixture : BrowserFixture
{
    protected override bool Enabled => ScreenshotFactAttribute.Enabled;

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Bcm:Demo"] = "true" };
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

        // The property panel of a message-sending activity, with its template preview.
        var notify = page.Locator(".react-flow__node").Filter(new() { HasText = "Tell the plan's people" });
        await notify.ClickAsync();
        await Expect(page.Locator(".template-preview").First).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(800); // the debounced preview
        await SaveAsync(page, "designer-properties");

        await DrawWithAProblemAsync(page);
        await SaveAsync(page, "designer-problem");

        await RunWaitingInstanceAsync(page);
        await SaveAsync(page, "instance-viewer");

        await ActivateCallTreeAsync(page);
        await SaveAsync(page, "call-tree-live", fullPage: true);

        await _shots.OpenAsync("/outbox");
        await Expect(page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
        await SaveAsync(page, "outbox");

        await _shots.OpenAsync("/plans");
        await Expect(page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
        await SaveAsync(page, "plans");

        var phone = await _shots.NewPageAsync(BrowserTest.Phone);
        var (_, path) = await fixture.Server.CreateAckLinkAsync("Fire alarm in building B. Leave by the nearest exit and confirm that you are safe.");
        await _shots.OpenAsync(path);
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Confirm" })).ToBeVisibleAsync();
        await SaveAsync(phone, "ack-phone");
    }, nameof(Main_screens));

    /// <summary>A new workflow with a Delay left without its duration, saved: the problem on the node and in the list.</summary>
    private async Task DrawWithAProblemAsync(IPage page)
    {
        await _shots.OpenAsync("/workflows");
        await page.GetByRole(AriaRole.Button, new() { Name = "New workflow" }).ClickAsync();
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync("site-evacuation");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Site evacuation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create and open designer" }).ClickAsync();
        var pane = page.Locator(".react-flow__pane");
        await Expect(pane).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Send SMS", Exact = true }).DragToAsync(pane, new() { TargetPosition = new() { X = 120, Y = 200 } });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Delay", Exact = true }).DragToAsync(pane, new() { TargetPosition = new() { X = 460, Y = 260 } });
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Not saved" })).ToBeVisibleAsync();
        await Canvas.Node(page, "delay1").ClickAsync();
    }

    /// <summary>Log → wait for an event, published and started: the viewer shows the path so far and the wait.</summary>
    private async Task RunWaitingInstanceAsync(IPage page)
    {
        const string id = "wait-for-go";
        const string json = """
            { "definitionId": "wait-for-go", "name": "Wait for the go-ahead",
              "root": { "type": "Flowchart", "activities": [
                { "id": "announce", "type": "Log", "name": "Announce the exercise", "inputs": { "message": { "type": "Literal", "value": "Exercise started" } }, "designer": { "x": 0, "y": 0 } },
                { "id": "go", "type": "WaitForEvent", "name": "Wait for the go-ahead", "inputs": { "eventName": { "type": "Literal", "value": "exercise.go" } }, "designer": { "x": 300, "y": 0 } },
                { "id": "done", "type": "Log", "name": "Record the result", "inputs": { "message": { "type": "Literal", "value": "Go received" } }, "designer": { "x": 600, "y": 0 } } ],
              "connections": [
                { "source": { "activity": "announce", "port": "Done" }, "target": { "activity": "go" } },
                { "source": { "activity": "go", "port": "Received" }, "target": { "activity": "done" } } ] } }
            """;
        var api = fixture.Api;
        (await api.PutAsync($"/api/workflow-definitions/{id}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await api.PostAsync($"/api/workflow-definitions/{id}/publish", null)).EnsureSuccessStatusCode();
        using var started = await api.PostAsync($"/api/workflow-definitions/{id}/instances", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        started.EnsureSuccessStatusCode();
        var instanceId = System.Text.Json.Nodes.JsonNode.Parse(await started.Content.ReadAsStringAsync())!["instanceId"]!.GetValue<string>();
        await _shots.OpenAsync($"/instances/{instanceId}");
        await Expect(page.Locator(".activity-node.waiting")).ToHaveCountAsync(1);
        await page.WaitForTimeoutAsync(500);
    }

    /// <summary>The first demo call tree, activated: the live view of its waves.</summary>
    private async Task ActivateCallTreeAsync(IPage page)
    {
        await _shots.OpenAsync("/call-trees");
        var trees = System.Text.Json.Nodes.JsonNode.Parse(await fixture.Api.GetStringAsync("/api/call-trees"))!.AsArray();
        var tree = trees[0]!["id"]!.GetValue<string>();
        using var activated = await fixture.Api.PostAsync($"/api/call-trees/{tree}/activate",
            new StringContent("{ \"message\": \"Flooding at the data centre: confirm you can reach the recovery site.\" }", System.Text.Encoding.UTF8, "application/json"));
        activated.EnsureSuccessStatusCode();
        var activation = System.Text.Json.Nodes.JsonNode.Parse(await activated.Content.ReadAsStringAsync())!["activationId"]!.GetValue<string>();
        await _shots.OpenAsync($"/call-trees/{tree}/activations/{activation}");
        await page.WaitForTimeoutAsync(3500); // the first waves are composed and the view refreshes
    }
}
