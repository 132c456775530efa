using BcmWorkflows.Engine.Activities;

namespace BcmWorkflows.Engine.Tests.Activities;

/// <summary>Duration inputs (Delay, WaitForEvent timeouts, reminders): ISO 8601 or hh:mm:ss, at most 100 years.</summary>
public sealed class DurationInputTests
{
    [Theory]
    [InlineData("PT15M", 0.25 / 24)]
    [InlineData(" P1D ", 1)]
    [InlineData("01:30:00", 1.5 / 24)]
    [InlineData("P100Y", 36_500)]
    public void Durations_up_to_a_hundred_years_are_read(string text, double days) =>
        Assert.Equal(TimeSpan.FromDays(days), InputConverter.ParseDuration(text));

    [Theory]
    [InlineData("P99999999D", "longer than 100 years")]   // beyond TimeSpan itself
    [InlineData("P9999999D", "longer than 100 years")]    // a TimeSpan, but no due date can hold it
    [InlineData("P10000Y", "longer than 100 years")]
    [InlineData("-P200Y", "longer than 100 years")]
    [InlineData("fifteen minutes", "Expected an ISO 8601 duration")]
    public void Other_durations_are_format_errors_that_say_why(string text, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => InputConverter.ParseDuration(text)).Message, StringComparison.Ordinal);
}
