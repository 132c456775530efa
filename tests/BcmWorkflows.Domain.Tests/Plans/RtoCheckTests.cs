using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Domain.Processes;

namespace BcmWorkflows.Domain.Tests.Plans;

public sealed class RtoCheckTests
{
    private static CriticalProcess Process(string id, string? rto) => new() { Id = id, Name = $"Process {id}", Rto = rto };

    [Fact]
    public void Steps_that_add_up_to_more_than_the_RTO_are_warned_about_and_steps_within_it_are_not()
    {
        var content = new PlanContent
        {
            RecoverySteps =
            [
                new RecoveryStep("slow", "Move to the alternate site", "PT3H", null),
                new RecoveryStep("slow", "Restore data", "PT1H30M", null),
                new RecoveryStep("fast", "Fail over", "PT1H", null),
                new RecoveryStep("fast", "Check", "PT1H", null),
            ],
        };

        var warnings = RtoCheck.Check(content, [Process("slow", "PT4H"), Process("fast", "PT2H")]);

        var warning = Assert.Single(warnings);
        Assert.Equal("slow", warning.ProcessId);
        Assert.Equal("recoverySteps", warning.Field);
        Assert.Contains("PT4H30M", warning.Message, StringComparison.Ordinal);
        Assert.Contains("PT4H", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_process_without_steps_is_warned_about_and_one_without_an_RTO_only_needs_steps()
    {
        var content = new PlanContent { RecoverySteps = [new RecoveryStep("no-rto", "Anything", "P2D", null)] };

        var warnings = RtoCheck.Check(content, [Process("none", "PT4H"), Process("no-rto", null)]);

        Assert.Equal("none", Assert.Single(warnings).ProcessId);
        Assert.Contains("no recovery steps", warnings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PT4H", 4 * 60)]
    [InlineData("P1DT30M", 24 * 60 + 30)]
    [InlineData("P1W", 7 * 24 * 60)]
    [InlineData("PT90M", 90)]
    public void ISO_8601_durations_in_weeks_days_hours_and_minutes_are_read(string text, int minutes)
    {
        Assert.True(IsoDuration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromMinutes(minutes), value);
    }

    [Theory]
    [InlineData("P1M")]
    [InlineData("4h")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("")]
    public void Months_years_and_malformed_durations_are_refused(string text) => Assert.False(IsoDuration.TryParse(text, out _));
}
