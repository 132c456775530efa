using BcmWorkflows.Domain.Tasks;

namespace BcmWorkflows.Domain.Tests.Tasks;

/// <summary>The state rules of a human task, without a database.</summary>
public sealed class HumanTaskRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static HumanTask Approval(params string[] assignees)
    {
        var task = new HumanTask
        {
            Id = "t1", InstanceId = "i1", ActivityId = "approve", Title = "Approve revision 4",
            Outcomes = ["Approved", "Rejected"], CommentRequiredFor = ["Rejected"], CreatedAt = Now,
        };
        task.Participants.AddRange(assignees.Select(p => new TaskParticipant { TaskId = "t1", PersonId = p, Kind = ParticipantKind.Assignee, AddedBy = "workflow:i1" }));
        return task;
    }

    [Fact]
    public void An_assignee_completes_an_open_task_with_one_of_its_outcomes()
    {
        var task = Approval("ann");

        task.Complete("approved", "  Looks right. ", "ann", "ann@example.org", Now);

        Assert.Equal(HumanTaskStatus.Completed, task.Status);
        Assert.Equal("Approved", task.Outcome);
        Assert.Equal("Looks right.", task.Comment);
        Assert.Equal("ann@example.org", task.CompletedBy);
        Assert.Equal("ann", task.CompletedByPersonId);
        Assert.Equal(Now, task.CompletedAt);
    }

    [Fact]
    public void Someone_who_is_neither_assignee_nor_delegate_may_not_complete()
    {
        var task = Approval("ann");

        Assert.Throws<DomainForbiddenException>(() => task.Complete("Approved", null, "bob", "bob@example.org", Now));
        Assert.Throws<DomainForbiddenException>(() => task.Complete("Approved", null, null, "nobody@example.org", Now));
        Assert.Equal(HumanTaskStatus.Open, task.Status);
    }

    [Fact]
    public void A_completed_task_cannot_be_completed_again()
    {
        var task = Approval("ann");
        task.Complete("Approved", null, "ann", "ann@example.org", Now);

        var error = Assert.Throws<InvalidTransitionException>(() => task.Complete("Rejected", "No.", "ann", "ann@example.org", Now));

        Assert.Equal("status", error.Field);
        Assert.Equal("Completed", error.From);
        Assert.Equal("Approved", task.Outcome);
    }

    [Fact]
    public void An_unknown_outcome_is_refused_on_the_outcome_field()
    {
        var task = Approval("ann");

        var error = Assert.Throws<DomainValidationException>(() => task.Complete("Maybe", null, "ann", "ann@example.org", Now));

        Assert.Equal(["outcome"], error.Errors.Keys);
        Assert.Equal(HumanTaskStatus.Open, task.Status);
    }

    [Fact]
    public void Rejecting_without_a_comment_is_refused_on_the_comment_field()
    {
        var task = Approval("ann");

        var error = Assert.Throws<DomainValidationException>(() => task.Complete("Rejected", "   ", "ann", "ann@example.org", Now));

        Assert.Equal(["comment"], error.Errors.Keys);
        Assert.Null(task.Outcome);
    }

    [Fact]
    public void A_delegate_named_by_an_assignee_may_complete()
    {
        var task = Approval("ann");

        var participant = task.Delegate("dan", "ann", byManager: false, "ann@example.org", "On leave this week", Now);
        task.Complete("Approved", null, "dan", "dan@example.org", Now);

        Assert.Equal(ParticipantKind.Delegate, participant.Kind);
        Assert.Equal("ann", participant.DelegatedByPersonId);
        Assert.Equal("dan", task.CompletedByPersonId);
    }

    [Fact]
    public void Only_an_assignee_or_a_coordinator_may_delegate()
    {
        var task = Approval("ann");

        Assert.Throws<DomainForbiddenException>(() => task.Delegate("dan", "bob", byManager: false, "bob@example.org", null, Now));
        var byCoordinator = task.Delegate("dan", null, byManager: true, "coordinator@example.org", null, Now);

        Assert.Null(byCoordinator.DelegatedByPersonId);
        Assert.True(task.IsParticipant("dan"));
    }

    [Fact]
    public void Delegating_to_someone_who_may_already_complete_is_refused()
    {
        var task = Approval("ann", "amy");

        var error = Assert.Throws<DomainValidationException>(() => task.Delegate("amy", "ann", false, "ann@example.org", null, Now));

        Assert.Equal(["personId"], error.Errors.Keys);
    }

    [Fact]
    public void A_closed_task_cannot_be_delegated_or_cancelled()
    {
        var task = Approval("ann");
        task.Cancel(Now);

        Assert.Throws<InvalidTransitionException>(() => task.Delegate("dan", "ann", false, "ann@example.org", null, Now));
        Assert.Throws<InvalidTransitionException>(() => task.Cancel(Now));
        Assert.Equal(HumanTaskStatus.Cancelled, task.Status);
    }

    [Fact]
    public void Escalation_adds_the_role_holders_as_assignees_once_and_keeps_the_task_open()
    {
        var task = Approval("ann");

        var added = task.Escalate(["ann", "cm1", "cm2"], "workflow:i1", Now);
        var again = task.Escalate(["cm3"], "workflow:i1", Now);
        task.Complete("Approved", null, "cm2", "cm2@example.org", Now);

        Assert.Equal(["cm1", "cm2"], added);
        Assert.Empty(again);
        Assert.Equal(Now, task.EscalatedAt);
        Assert.Equal("cm2", task.CompletedByPersonId);
    }

    [Fact]
    public void Reminders_skip_assignees_who_handed_the_task_to_a_delegate()
    {
        var task = Approval("ann", "amy");
        task.Delegate("dan", "ann", false, "ann@example.org", null, Now);

        Assert.Equal(["amy", "dan"], task.PeopleToRemind().Order());
    }

    [Fact]
    public void Outcome_rules_catch_duplicates_and_comment_requirements_for_missing_outcomes()
    {
        var errors = TaskDefinitionRules.Check(["Approved", "approved", ""], ["Escalated"]);

        Assert.Equal(["commentRequiredFor[0]", "outcomes[1]", "outcomes[2]"], errors.Keys.Order());
        Assert.Equal(["outcomes"], TaskDefinitionRules.Check([], []).Keys);
        Assert.Empty(TaskDefinitionRules.Check(["Done"], []));
    }
}
