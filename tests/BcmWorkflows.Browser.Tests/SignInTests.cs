using BcmWorkflows.Browser.Tests.Support;
using BcmWorkflows.Server.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcmWorkflows.Browser.Tests;

/// <summary>The sign-in page: a wrong password is said so, a good one lands on the user's first section, sign-out ends it.</summary>
public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    private static async Task FillSignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    [Fact]
    public Task A_wrong_password_says_so_and_keeps_the_email() => RunAsync(async page =>
    {
        // A user of its own: failed attempts count towards the lockout.
        var email = await Fixture.Server.CreateUserAsync("wrong-password@bcm.test", Roles.Coordinator);
        await OpenAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await FillSignInAsync(page, email, "not-the-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is wrong.");
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync(email);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(0);
    });

    [Theory]
    [InlineData("Coordinator", "/workflows", "Workflows")]
    [InlineData("Staff", "/my/tasks", "My tasks")]
    [InlineData("Manager", "/tasks", "Tasks")]
    public Task Signing_in_lands_on_the_users_first_section(string role, string home, string section) => RunAsync(async page =>
    {
        await OpenAsync("/");
        await FillSignInAsync(page, await Fixture.EmailForAsync(role), BrowserFixture.PasswordFor(role));

        await Expect(page).ToHaveURLAsync(new Uri(ServerUrl, home).ToString());
        var current = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = section, Exact = true });
        await Expect(current).ToHaveAttributeAsync("aria-current", "page");
    });

    [Fact]
    public Task Signing_out_returns_to_the_sign_in_page_and_the_session_is_gone() => RunAsync(async page =>
    {
        await OpenAsync("/");
        await FillSignInAsync(page, await Fixture.EmailForAsync(Roles.Coordinator), BrowserFixture.PasswordFor(Roles.Coordinator));
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await OpenAsync("/workflows");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(0);
    });
}
