using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Training;

namespace BcmWorkflows.Domain.Tests.Training;

public sealed class TrainingAssignmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static TrainingAssignment Open() => new() { Id = "t1", CourseId = "c1", PersonId = "p1", AssignedBy = "x", AssignedAt = Now, DueAt = Now.AddDays(30) };

    private static TrainingCourse Course(bool evidence) => new() { Id = "c1", Title = "Crisis essentials", EvidenceRequired = evidence };

    [Fact]
    public void Completing_records_who_when_and_the_evidence()
    {
        var assignment = Open();
        assignment.Complete(Course(evidence: true), " certificate 42 ", null, "lee@bcm.test", Now.AddDays(2));
        Assert.Equal(AssignmentStatus.Completed, assignment.Status);
        Assert.Equal("certificate 42", assignment.Evidence);
        Assert.Equal(Now.AddDays(2), assignment.CompletedAt);
        Assert.Equal("lee@bcm.test", assignment.CompletedBy);
    }

    [Fact]
    public void A_course_that_requires_evidence_refuses_completion_without_it()
    {
        var assignment = Open();
        var error = Assert.Throws<DomainValidationException>(() => assignment.Complete(Course(evidence: true), null, null, "x", Now));
        Assert.Contains("evidence", error.Errors.Keys);
        Assert.True(assignment.IsOpen);
    }

    [Fact]
    public void A_completed_assignment_cannot_be_completed_again()
    {
        var assignment = Open();
        assignment.Complete(Course(evidence: false), null, null, "x", Now);
        var error = Assert.Throws<InvalidTransitionException>(() => assignment.Complete(Course(evidence: false), null, null, "x", Now));
        Assert.Equal("Completed", error.From);
    }

    [Fact]
    public void A_completion_date_in_the_future_is_refused()
    {
        var error = Assert.Throws<DomainValidationException>(() => Open().Complete(Course(false), null, Now.AddDays(1), "x", Now));
        Assert.Contains("completedAt", error.Errors.Keys);
    }

    [Fact]
    public void Overdue_means_open_and_past_the_due_date()
    {
        var assignment = Open();
        Assert.False(assignment.IsOverdue(assignment.DueAt));
        Assert.True(assignment.IsOverdue(assignment.DueAt.AddSeconds(1)));
        assignment.Cancel();
        Assert.False(assignment.IsOverdue(assignment.DueAt.AddSeconds(1)));
    }
}
