using BcmWorkflows.Server.Features.Acknowledgements;

namespace BcmWorkflows.Server.Tests.Acknowledgements;

/// <summary>The acknowledgement page's HTML on a phone: no database needed, so one class (no provider subclasses).</summary>
public sealed class AckPageRenderTests
{
    [Theory]
    [InlineData(AckPageKind.Confirm, "ask")]
    [InlineData(AckPageKind.Confirmed, "ok")]
    [InlineData(AckPageKind.AlreadyConfirmed, "ok")]
    [InlineData(AckPageKind.Expired, "warn")]
    [InlineData(AckPageKind.Closed, "warn")]
    [InlineData(AckPageKind.Invalid, "error")]
    [InlineData(AckPageKind.NotFound, "error")]
    public void Every_outcome_is_marked_by_a_tone_and_a_symbol_not_by_colour_alone(AckPageKind kind, string tone)
    {
        var html = AckPage.Render(kind, "en", "Fire drill at 10:00");

        Assert.Contains($"<main class=\"{tone}\"><p class=\"mark\" aria-hidden=\"true\">", html);
        Assert.Contains($"<h1>{AckPageTexts.For(kind, "en").Heading}</h1>", html);
    }

    [Fact]
    public void The_page_fits_a_narrow_phone_without_zoom_or_scripts()
    {
        var html = AckPage.Render(AckPageKind.Confirm, "zh-CN", new string('x', 400));

        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
        Assert.Contains("text-size-adjust:100%", html);
        Assert.Contains("overflow-wrap:anywhere", html); // a long unbroken line (a URL) wraps instead of scrolling sideways
        Assert.Contains("min-height:3.5rem", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("user-scalable=no", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
    }
}
