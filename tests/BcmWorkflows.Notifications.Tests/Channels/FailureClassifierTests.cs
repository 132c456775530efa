using BcmWorkflows.Notifications.Channels;

namespace BcmWorkflows.Notifications.Tests.Channels;

/// <summary>Every row of both classification tables, and the fallbacks for codes not in them.</summary>
public class FailureClassifierTests
{
    private const bool Permanent = true;
    private const bool Transient = false;

    public static TheoryData<int, bool> TwilioRows => new()
    {
        { 20003, Permanent }, { 20429, Transient }, { 20500, Transient }, { 20503, Transient },
        { 21211, Permanent }, { 21214, Permanent }, { 21217, Permanent }, { 21408, Permanent },
        { 21602, Permanent }, { 21606, Permanent }, { 21608, Permanent }, { 21610, Permanent },
        { 21611, Transient }, { 21612, Permanent }, { 21614, Permanent }, { 21617, Permanent },
        { 21635, Permanent }, { 30001, Transient }, { 30002, Permanent }, { 30003, Transient },
        { 30004, Permanent }, { 30005, Permanent }, { 30006, Permanent }, { 30007, Permanent },
        { 30008, Transient },
    };

    public static TheoryData<int, bool> SmtpRows => new()
    {
        { 421, Transient }, { 450, Transient }, { 451, Transient }, { 452, Transient }, { 454, Transient },
        { 500, Permanent }, { 501, Permanent }, { 502, Permanent }, { 503, Permanent }, { 504, Permanent },
        { 530, Permanent }, { 534, Permanent }, { 535, Permanent }, { 550, Permanent }, { 551, Permanent },
        { 552, Permanent }, { 553, Permanent }, { 554, Permanent },
    };

    [Theory]
    [MemberData(nameof(TwilioRows))]
    public void A_known_Twilio_code_is_classified_by_its_row_whatever_the_HTTP_status(int code, bool permanent)
    {
        // The code decides even when the HTTP status alone would say the opposite (429 transient, 400 permanent).
        var failure = FailureClassifier.ClassifyTwilio(code, permanent ? 429 : 400);

        Assert.Equal(permanent, failure.Permanent);
        Assert.False(string.IsNullOrWhiteSpace(failure.Reason));
        Assert.Same(FailureClassifier.TwilioCodes[code], failure);
    }

    [Theory]
    [MemberData(nameof(SmtpRows))]
    public void A_known_SMTP_reply_is_classified_by_its_row(int reply, bool permanent)
    {
        var failure = FailureClassifier.ClassifySmtp(reply);

        Assert.Equal(permanent, failure.Permanent);
        Assert.Same(FailureClassifier.SmtpReplies[reply], failure);
    }

    [Fact]
    public void Every_table_row_has_a_test_row()
    {
        Assert.Equal(TwilioRows.Select(r => (int)r[0]).Order(), FailureClassifier.TwilioCodes.Keys.Order());
        Assert.Equal(SmtpRows.Select(r => (int)r[0]).Order(), FailureClassifier.SmtpReplies.Keys.Order());
    }

    [Theory]
    [InlineData(429, false)]
    [InlineData(500, false)]
    [InlineData(502, false)]
    [InlineData(503, false)]
    [InlineData(400, true)]
    [InlineData(401, true)]
    [InlineData(403, true)]
    [InlineData(404, true)]
    [InlineData(0, false)]
    public void An_unknown_Twilio_code_falls_back_to_the_HTTP_status(int httpStatus, bool permanent)
    {
        Assert.Equal(permanent, FailureClassifier.ClassifyTwilio(99999, httpStatus).Permanent);
        Assert.Equal(permanent, FailureClassifier.ClassifyTwilio(0, httpStatus).Permanent);
    }

    [Theory]
    [InlineData(447, false)]
    [InlineData(499, false)]
    [InlineData(557, true)]
    [InlineData(599, true)]
    public void An_unknown_SMTP_reply_is_transient_in_4xx_and_permanent_in_5xx(int reply, bool permanent) =>
        Assert.Equal(permanent, FailureClassifier.ClassifySmtp(reply).Permanent);

    [Fact]
    public void Network_errors_are_transient() => Assert.False(FailureClassifier.Network.Permanent);

    [Theory]
    [InlineData("30005", true)]
    [InlineData("30003", false)]
    public void A_Twilio_code_from_a_status_callback_is_classified_from_its_text(string code, bool permanent) =>
        Assert.Equal(permanent, FailureClassifier.ClassifyTwilioCode(code)!.Permanent);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12345")]
    public void A_missing_or_unknown_callback_code_has_no_class(string? code) => Assert.Null(FailureClassifier.ClassifyTwilioCode(code));
}
