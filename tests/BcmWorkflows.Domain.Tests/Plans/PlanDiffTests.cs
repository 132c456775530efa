using BcmWorkflows.Domain.Plans;

namespace BcmWorkflows.Domain.Tests.Plans;

public sealed class PlanDiffTests
{
    private static readonly PlanContent Before = new()
    {
        Objectives = "Keep payments running.\nRestore within the RTO.",
        Scope = "Treasury",
        Resources = "Two laptops",
        RecoverySteps = [new RecoveryStep("p1", "Fail over", "PT2H", "it-recovery-lead")],
        Contacts = [new PlanContact("HKMA", "Regulator", "+85228788196", null, true)],
    };

    [Fact]
    public void Sections_are_compared_one_by_one_with_a_line_diff_inside()
    {
        var after = Before with
        {
            Objectives = "Keep payments running.\nRestore within four hours.",
            Scope = null,
            EmergencyResponse = "Call the crisis manager.",
        };

        var diff = PlanDiff.Compare("plan", 2, 1, Before, after);

        var objectives = diff.Sections.Single(s => s.Section == "objectives");
        Assert.Equal(SectionStatus.Changed, objectives.Status);
        Assert.Equal(
            [(DiffLineType.Unchanged, "Keep payments running."), (DiffLineType.Deleted, "Restore within the RTO."), (DiffLineType.Inserted, "Restore within four hours.")],
            objectives.Lines.Select(l => (l.Type, l.Text)));
        Assert.Equal(SectionStatus.Removed, diff.Sections.Single(s => s.Section == "scope").Status);
        Assert.Equal(SectionStatus.Added, diff.Sections.Single(s => s.Section == "emergencyResponse").Status);
        Assert.Equal(SectionStatus.Unchanged, diff.Sections.Single(s => s.Section == "resources").Status);
        Assert.Equal(["objectives", "scope", "emergencyResponse"], diff.ChangedSections);
        Assert.Equal(
            ["objectives", "scope", "emergencyResponse", "recoveryStrategies", "communicationPlan", "resources", "responsibilities", "recoverySteps", "contacts"],
            diff.Sections.Select(s => s.Section));
    }

    [Fact]
    public void A_changed_recovery_step_shows_as_its_readable_line_deleted_and_inserted_with_the_process_name()
    {
        var after = Before with { RecoverySteps = [new RecoveryStep("p1", "Fail over", "PT3H", "it-recovery-lead")] };

        var diff = PlanDiff.Compare("plan", 2, 1, Before, after, new Dictionary<string, string> { ["p1"] = "Payments" });

        var steps = diff.Sections.Single(s => s.Section == "recoverySteps");
        Assert.Equal(SectionStatus.Changed, steps.Status);
        Assert.Equal(
            [(DiffLineType.Deleted, "Payments (p1): Fail over — PT2H — role it-recovery-lead"), (DiffLineType.Inserted, "Payments (p1): Fail over — PT3H — role it-recovery-lead")],
            steps.Lines.Select(l => (l.Type, l.Text)));
        Assert.Equal(["recoverySteps"], diff.ChangedSections);
    }

    [Fact]
    public void Equal_content_has_no_changed_section_and_line_endings_do_not_count()
    {
        var after = Before with { Objectives = Before.Objectives!.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n" };

        var diff = PlanDiff.Compare("plan", 2, 1, Before, after);

        Assert.Empty(diff.ChangedSections);
        Assert.All(diff.Sections, s => Assert.Equal(SectionStatus.Unchanged, s.Status));
        Assert.Equal("HKMA — Regulator — +85228788196 (external)", diff.Sections.Single(s => s.Section == "contacts").Lines.Single().Text);
    }
}
