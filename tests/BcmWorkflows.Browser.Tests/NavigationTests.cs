using BcmWorkflows.Browser.Tests.Support;
using BcmWorkflows.Server.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcmWorkflows.Browser.Tests;

/// <summary>The top bar shows the sections of the user's roles; a page outside them says it is not available.</summary>
public sealed class NavigationTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    private ILocator MainNavigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    private ILocator Section(string name) => MainNavigation.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    [Fact]
    public Task Staff_see_their_own_sections_and_not_workflows() => RunAsync(async page =>
    {
        await SignInAsAsync(page, Roles.Staff);
        await OpenAsync("/");

        await Expect(Section("My tasks")).ToBeVisibleAsync();
        await Expect(Section("My training")).ToBeVisibleAsync();
        await Expect(Section("Workflows")).ToHaveCountAsync(0);
        await Expect(Section("Outbox")).ToHaveCountAsync(0);

        await OpenAsync("/workflows");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not available" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Coordinators_see_workflows_and_the_operations_sections() => RunAsync(async page =>
    {
        await SignInAsAsync(page, Roles.Coordinator);
        await OpenAsync("/");

        // Their own sections too: a coordinator can be assigned tasks and training like anyone else.
        foreach (var name in new[] { "Workflows", "Instances", "People", "Call trees", "Plans", "Outbox", "Tasks", "My tasks", "My training" })
            await Expect(Section(name)).ToBeVisibleAsync();

        await Section("Plans").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(ServerUrl, "/plans").ToString());
        await Expect(Section("Plans")).ToHaveAttributeAsync("aria-current", "page");
    });
}
