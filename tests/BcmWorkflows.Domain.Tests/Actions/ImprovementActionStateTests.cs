using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Actions;

namespace BcmWorkflows.Domain.Tests.Actions;

public sealed class ImprovementActionStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static ImprovementAction NewAction() => new()
    {
        Id = "a1", Title = "Test the generator", OwnerPersonId = "p1", CreatedBy = "coordinator@bcm.test", DueAt = Now.AddDays(30),
    };

    [Fact]
    public void An_action_moves_open_in_progress_completed_verified()
    {
        var action = NewAction();
        action.ChangeStatus(ActionStatus.InProgress, "started", null, Now);
        action.ChangeStatus(ActionStatus.Completed, null, "Generator test log 2026-03", Now);
        action.Verify(effective: true, "Works", Now);

        Assert.Equal(ActionStatus.Verified, action.Status);
        Assert.Equal("Generator test log 2026-03", action.ClosureEvidence);
        Assert.Equal(Now, action.VerifiedAt);
    }

    [Fact]
    public void A_failed_effectiveness_check_reopens_and_the_action_can_be_completed_again()
    {
        var action = NewAction();
        action.ChangeStatus(ActionStatus.InProgress, null, null, Now);
        action.ChangeStatus(ActionStatus.Completed, null, "evidence", Now);
        action.Verify(effective: false, "Generator failed again", Now);
        Assert.Equal(ActionStatus.Reopened, action.Status);
        Assert.Equal(1, action.ReopenCount);
        Assert.Equal("Generator failed again", action.LastComment);

        action.ChangeStatus(ActionStatus.InProgress, null, null, Now);
        action.ChangeStatus(ActionStatus.Completed, null, "new evidence", Now);
        Assert.Equal(ActionStatus.Completed, action.Status);
    }

    [Fact]
    public void Completing_without_evidence_is_refused_on_the_evidence_field()
    {
        var action = NewAction();
        action.ChangeStatus(ActionStatus.InProgress, null, null, Now);
        var error = Assert.Throws<DomainValidationException>(() => action.ChangeStatus(ActionStatus.Completed, "done", " ", Now));
        Assert.Equal("evidence", error.Field);
        Assert.Equal(ActionStatus.InProgress, action.Status);
    }

    [Theory]
    [InlineData(ActionStatus.Open)]
    [InlineData(ActionStatus.InProgress)]
    [InlineData(ActionStatus.Reopened)]
    [InlineData(ActionStatus.Verified)]
    public void Only_a_completed_action_can_be_verified(ActionStatus status)
    {
        var action = NewAction();
        action.Status = status;
        var error = Assert.Throws<InvalidTransitionException>(() => action.Verify(true, null, Now));
        Assert.Equal(status.ToString(), error.From);
        Assert.Equal(status, action.Status);
    }

    [Theory]
    [InlineData(ActionStatus.Open, ActionStatus.Completed)]
    [InlineData(ActionStatus.Completed, ActionStatus.InProgress)]
    [InlineData(ActionStatus.Verified, ActionStatus.InProgress)]
    [InlineData(ActionStatus.Reopened, ActionStatus.Completed)]
    [InlineData(ActionStatus.Completed, ActionStatus.Verified)]
    [InlineData(ActionStatus.Completed, ActionStatus.Reopened)]
    public void The_owner_cannot_skip_a_step_or_set_the_verdict(ActionStatus from, ActionStatus to)
    {
        var action = NewAction();
        action.Status = from;
        var error = Assert.Throws<InvalidTransitionException>(() => action.ChangeStatus(to, null, "evidence", Now));
        Assert.Equal("status", error.Field);
        Assert.Equal(to.ToString(), error.To);
    }

    [Fact]
    public void An_open_action_past_its_due_date_is_overdue_but_a_completed_one_is_not()
    {
        var action = NewAction();
        Assert.True(action.IsOverdue(action.DueAt.AddMinutes(1)));
        action.Status = ActionStatus.Completed;
        Assert.False(action.IsOverdue(action.DueAt.AddMinutes(1)));
    }
}
