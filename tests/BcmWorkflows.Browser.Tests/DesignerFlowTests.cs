using System.Text.Json.Nodes;
using BcmWorkflows.Browser.Tests.Support;
using BcmWorkflows.Server.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcmWorkflows.Browser.Tests;

/// <summary>
/// A coordinator draws a workflow from nothing: palette, connection, a property, save (the server's problem shows on
/// the node), fix, publish, run; the instance viewer highlights the path it took.
/// </summary>
public sealed class DesignerFlowTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    private async Task CreateWorkflowAsync(IPage page, string id, string name)
    {
        await SignInAsAsync(page, Roles.Coordinator);
        await OpenAsync("/workflows");
        await page.GetByRole(AriaRole.Button, new() { Name = "New workflow" }).ClickAsync();
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync(id);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create and open designer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(ServerUrl, $"/workflows/{id}").ToString());
        await Expect(page.Locator(".react-flow__pane")).ToBeVisibleAsync();
    }

    private static async Task DropFromPaletteAsync(IPage page, string displayName, float x, float y) =>
        await page.GetByRole(AriaRole.Button, new() { Name = $"Add {displayName}", Exact = true })
            .DragToAsync(page.Locator(".react-flow__pane"), new() { TargetPosition = new() { X = x, Y = y } });

    /// <summary>Drags from a node's labelled outcome handle to another node's input handle, as a mouse user does.</summary>
    private static async Task ConnectAsync(IPage page, string sourcePortLabel, string targetLabel)
    {
        var from = await page.GetByLabel(sourcePortLabel, new() { Exact = true }).BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"No handle '{sourcePortLabel}'.");
        var to = await page.GetByLabel(targetLabel, new() { Exact = true }).BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"No handle '{targetLabel}'.");
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new() { Steps = 12 });
        await page.Mouse.UpAsync();
    }

    [Fact]
    public Task A_workflow_drawn_from_the_palette_is_saved_fixed_published_run_and_its_path_highlighted() => RunAsync(async page =>
    {
        var id = $"drawn-{Guid.NewGuid():N}"[..14];
        await CreateWorkflowAsync(page, id, "Drawn in the browser");

        await DropFromPaletteAsync(page, "Log", 160, 220);
        await DropFromPaletteAsync(page, "Delay", 520, 220);
        await Expect(Canvas.Nodes(page)).ToHaveCountAsync(2);

        await ConnectAsync(page, "Log: Done", "Into Delay");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(1);

        // A property of the Log activity, through its generated editor.
        await Canvas.Node(page, "log1").ClickAsync();
        var properties = page.GetByRole(AriaRole.Form, new() { Name = "Properties of Log" });
        await properties.GetByRole(AriaRole.Textbox, new() { Name = "message" }).FillAsync("Drawn, saved and run from a browser");

        // Saving without the Delay's duration: the server refuses, the problem sits on the Delay node, nothing is lost.
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Not saved: 1 problem" })).ToBeVisibleAsync();
        var delay = Canvas.Node(page, "delay1");
        await Expect(delay.Locator(".activity-node.has-errors")).ToBeVisibleAsync();
        await Expect(delay.GetByLabel("1 problem", new() { Exact = false })).ToContainTextAsync("1");
        await Expect(page.GetByText("Unsaved changes")).ToBeVisibleAsync();

        // The problem list leads to the field; fill it in and publish (which saves first).
        await page.GetByRole(AriaRole.Button, new() { Name = "duration", Exact = false }).Filter(new() { HasText = "Delay" }).ClickAsync();
        await page.Locator(".duration input.iso").FillAsync("PT1S");
        await page.Locator(".duration input.iso").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published version 1" })).ToBeVisibleAsync();
        await Expect(delay.Locator(".activity-node.has-errors")).ToHaveCountAsync(0);

        var saved = JsonNode.Parse(await Api.GetStringAsync($"/api/workflow-definitions/{id}"))!;
        Assert.True(saved["isPublished"]!.GetValue<bool>());
        Assert.Equal("Drawn, saved and run from a browser", saved["root"]!["activities"]![0]!["inputs"]!["message"]!["value"]!.GetValue<string>());
        Assert.Equal("log1", saved["root"]!["connections"]![0]!["source"]!["activity"]!.GetValue<string>());

        // Run it from the designer and follow the link to the instance.
        await page.GetByRole(AriaRole.Button, new() { Name = "Run…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await dialog.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/instances/[0-9a-f]+$"));

        // The delay passes on its durable timer; the viewer polls and shows both activities done and the connection taken.
        await Expect(page.GetByText("Finished", new() { Exact = true }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator(".activity-node.executed")).ToHaveCountAsync(2);
        await Expect(page.Locator(".react-flow__edge.taken")).ToHaveCountAsync(1);
    });

    [Fact]
    public Task Undo_and_redo_cover_adding_connecting_and_editing() => RunAsync(async page =>
    {
        var id = $"undo-{Guid.NewGuid():N}"[..13];
        await CreateWorkflowAsync(page, id, "Undo in the browser");
        await DropFromPaletteAsync(page, "Log", 160, 220);
        await DropFromPaletteAsync(page, "Delay", 520, 220);
        await ConnectAsync(page, "Log: Done", "Into Delay");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(1);

        await page.Locator(".react-flow__pane").ClickAsync(new() { Position = new() { X = 20, Y = 20 } });
        await page.Keyboard.PressAsync("Control+z");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Control+z");
        await Expect(Canvas.Nodes(page)).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Control+y");
        await page.Keyboard.PressAsync("Control+y");
        await Expect(Canvas.Nodes(page)).ToHaveCountAsync(2);
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(1);
    });

    [Fact]
    public Task A_save_that_fails_keeps_the_work_and_says_why_then_someone_elses_publish_is_not_overwritten_silently() => RunAsync(async page =>
    {
        var id = $"clash-{Guid.NewGuid():N}"[..14];
        await CreateWorkflowAsync(page, id, "Saved twice");
        await DropFromPaletteAsync(page, "Log", 160, 220);
        await Canvas.Node(page, "log1").ClickAsync();
        await page.GetByRole(AriaRole.Form, new() { Name = "Properties of Log" }).GetByRole(AriaRole.Textbox, new() { Name = "message" }).FillAsync("mine");

        // The server cannot be reached: nothing is lost, the message says so.
        await page.RouteAsync("**/api/workflow-definitions/**", route => route.Request.Method == "PUT" ? route.AbortAsync() : route.ContinueAsync());
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "server cannot be reached" })).ToBeVisibleAsync();
        await Expect(Canvas.Nodes(page)).ToHaveCountAsync(1);
        await page.UnrouteAllAsync();

        // Meanwhile someone else publishes version 1: saving on top of it is refused with their name, then done on request.
        (await Api.PostAsync($"/api/workflow-definitions/{id}/publish", null)).EnsureSuccessStatusCode();
        await page.Keyboard.PressAsync("Control+s");
        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "published by" });
        await Expect(alert).ToBeVisibleAsync();
        await alert.GetByRole(AriaRole.Button, new() { Name = "Save anyway" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved as draft version 2" })).ToBeVisibleAsync();

        var latest = JsonNode.Parse(await Api.GetStringAsync($"/api/workflow-definitions/{id}"))!;
        Assert.Equal(2, latest["version"]!.GetValue<int>());
        Assert.Equal("mine", latest["root"]!["activities"]![0]!["inputs"]!["message"]!["value"]!.GetValue<string>());
    });
}
