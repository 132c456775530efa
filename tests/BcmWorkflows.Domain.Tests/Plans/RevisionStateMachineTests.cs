using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Plans;

namespace BcmWorkflows.Domain.Tests.Plans;

public sealed class RevisionStateMachineTests
{
    private static readonly (RevisionStatus From, RevisionStatus To)[] Allowed =
    [
        (RevisionStatus.Draft, RevisionStatus.InReview),
        (RevisionStatus.InReview, RevisionStatus.PendingApproval),
        (RevisionStatus.InReview, RevisionStatus.Returned),
        (RevisionStatus.PendingApproval, RevisionStatus.Approved),
        (RevisionStatus.PendingApproval, RevisionStatus.Returned),
        (RevisionStatus.Approved, RevisionStatus.Published),
        (RevisionStatus.Returned, RevisionStatus.InReview),
    ];

    public static TheoryData<RevisionStatus, RevisionStatus> EveryPair()
    {
        var data = new TheoryData<RevisionStatus, RevisionStatus>();
        foreach (var from in Enum.GetValues<RevisionStatus>())
            foreach (var to in Enum.GetValues<RevisionStatus>()) data.Add(from, to);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Exactly_the_documented_moves_are_allowed_and_every_other_is_a_conflict_naming_both_states(RevisionStatus from, RevisionStatus to)
    {
        var allowed = Allowed.Contains((from, to));

        Assert.Equal(allowed, RevisionStateMachine.Allows(from, to));
        if (allowed)
        {
            RevisionStateMachine.Check(from, to, "a reason");
            return;
        }
        var refused = Assert.Throws<InvalidTransitionException>(() => RevisionStateMachine.Check(from, to, "a reason"));
        Assert.Equal("status", refused.Field);
        Assert.Equal(from.ToString(), refused.From);
        Assert.Equal(to.ToString(), refused.To);
    }

    [Theory]
    [InlineData(RevisionStatus.InReview, null)]
    [InlineData(RevisionStatus.PendingApproval, "   ")]
    public void Returning_a_revision_without_a_comment_is_refused_on_the_comment(RevisionStatus from, string? comment)
    {
        var refused = Assert.Throws<DomainValidationException>(() => RevisionStateMachine.Check(from, RevisionStatus.Returned, comment));
        Assert.Equal(["comment"], refused.Errors.Keys);
    }

    [Fact]
    public void Only_draft_and_returned_revisions_are_editable_and_only_published_or_archived_ones_let_another_open()
    {
        Assert.Equal([RevisionStatus.Draft, RevisionStatus.Returned], Enum.GetValues<RevisionStatus>().Where(RevisionStateMachine.IsEditable));
        Assert.Equal([RevisionStatus.Published, RevisionStatus.Archived], Enum.GetValues<RevisionStatus>().Where(s => !RevisionStateMachine.IsOpen(s)));
    }

    [Fact]
    public void Approving_or_returning_a_pending_revision_is_the_approvers_decision_but_returning_from_review_is_not()
    {
        Assert.True(RevisionStateMachine.IsApproversDecision(RevisionStatus.PendingApproval, RevisionStatus.Approved));
        Assert.True(RevisionStateMachine.IsApproversDecision(RevisionStatus.PendingApproval, RevisionStatus.Returned));
        Assert.False(RevisionStateMachine.IsApproversDecision(RevisionStatus.InReview, RevisionStatus.Returned));
        Assert.False(RevisionStateMachine.IsApproversDecision(RevisionStatus.Approved, RevisionStatus.Published));
    }
}
