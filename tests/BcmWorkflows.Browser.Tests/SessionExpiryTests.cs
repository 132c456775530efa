using BcmWorkflows.Browser.Tests.Support;
using BcmWorkflows.Server.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcmWorkflows.Browser.Tests;

/// <summary>An expired sign-in on the designer goes to the sign-in page and back to the same page with the unsaved edit.</summary>
public sealed class SessionExpiryTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    private const string Workflow = "plan-review-cycle";
    private const string Activity = "forOnePlan";

    [Fact]
    public Task An_expired_session_on_the_designer_returns_after_sign_in_with_the_moved_node() => RunAsync(async page =>
    {
        await SignInAsAsync(page, Roles.Coordinator);
        await OpenAsync($"/workflows/{Workflow}");
        await Expect(Canvas.Node(page, Activity)).ToBeVisibleAsync();
        var before = await Canvas.PositionAsync(page, Activity);

        await Canvas.DragAsync(page, Activity, 160, 90);
        var moved = await Canvas.PositionAsync(page, Activity);
        Assert.True(Math.Abs(moved.X - before.X) > 50 && Math.Abs(moved.Y - before.Y) > 20, $"The drag did not move the node: {before} → {moved}.");

        // The session ends (cookie gone, as when it expires) and the user saves: the 401 sends them to sign in.
        await page.Context.ClearCookiesAsync();
        await page.Keyboard.PressAsync("Control+s");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(await Fixture.EmailForAsync(Roles.Coordinator));
        await page.GetByLabel("Password").FillAsync(BrowserFixture.PasswordFor(Roles.Coordinator));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(ServerUrl, $"/workflows/{Workflow}").ToString());
        await Expect(Canvas.Node(page, Activity)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "restored" })).ToBeVisibleAsync();
        var restored = await Canvas.PositionAsync(page, Activity);
        Assert.Equal(moved.X, restored.X, 0.5);
        Assert.Equal(moved.Y, restored.Y, 0.5);
    });
}
