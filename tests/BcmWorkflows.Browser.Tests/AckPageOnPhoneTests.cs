using BcmWorkflows.Browser.Tests.Support;
using BcmWorkflows.Notifications.Acknowledgements;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcmWorkflows.Browser.Tests;

/// <summary>The acknowledgement link page on a small phone (360×740, touch): readable without sideways scrolling, a big button.</summary>
public sealed class AckPageOnPhoneTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    /// <summary>The smallest touch target WCAG 2.5.5 and the platform guidelines ask for, in CSS pixels.</summary>
    private const float MinimumTouchTarget = 44;

    [Fact]
    public Task A_phone_shows_the_message_without_sideways_scrolling_and_a_tap_on_confirm_confirms() => RunAsync(async _ =>
    {
        var page = await NewPageAsync(Phone);
        // A long unbroken word is what pushes narrow pages sideways.
        var (id, path) = await Fixture.Server.CreateAckLinkAsync(
            "Fire alarm in building B (Hauptverwaltungsgebäudeevakuierungssammelplatz-Nord). Confirm that you are safe.");

        await OpenAsync(path);

        await Expect(page.GetByText("Fire alarm in building B", new() { Exact = false })).ToBeVisibleAsync();
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"The page scrolls sideways: {widths[0]} px wide content in a {widths[1]} px viewport.");

        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Confirm" });
        var box = await confirm.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException("The Confirm button is not on screen.");
        Assert.True(box.Height >= MinimumTouchTarget, $"The Confirm button is {box.Height} px tall; at least {MinimumTouchTarget} px is needed.");
        Assert.True(box.X >= 0 && box.X + box.Width <= widths[1], $"The Confirm button ({box.X}..{box.X + box.Width}) is not inside the viewport.");
        Assert.Equal(AckStatus.Open, (await Fixture.Server.AckRequestAsync(id)).Status); // opening changes nothing

        await confirm.TapAsync();

        await Expect(page.GetByText("Your confirmation has been recorded.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm" })).ToHaveCountAsync(0);
        Assert.Equal(AckStatus.Confirmed, (await Fixture.Server.AckRequestAsync(id)).Status);
    });
}
