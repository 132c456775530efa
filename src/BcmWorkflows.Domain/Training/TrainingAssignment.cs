namespace BcmWorkflows.Domain.Training;

/// <summary>
/// One person's duty to take one course by <see cref="DueAt"/>. Only <see cref="AssignmentStatus.Assigned"/> is open;
/// completing or cancelling it is final (a refresher is a new assignment). At most one open assignment exists per course
/// and person: assigning again reuses it.
/// </summary>
public sealed class TrainingAssignment
{
    public required string Id { get; set; }
    public required string CourseId { get; set; }
    public required string PersonId { get; set; }
    public AssignmentStatus Status { get; set; } = AssignmentStatus.Assigned;
    public DateTimeOffset AssignedAt { get; set; }
    public required string AssignedBy { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Evidence { get; set; }
    public int Revision { get; set; }

    public bool IsOpen => Status == AssignmentStatus.Assigned;

    /// <summary>Open and past its due date at <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTimeOffset now) => IsOpen && DueAt < now;

    /// <summary>
    /// Marks it completed. Throws <see cref="InvalidTransitionException"/> (409) when it is not open, and
    /// <see cref="DomainValidationException"/> on <c>evidence</c> when the course needs evidence and none is given, or on
    /// <c>completedAt</c> when that lies in the future or before the assignment.
    /// </summary>
    public void Complete(TrainingCourse course, string? evidence, DateTimeOffset? completedAt, string by, DateTimeOffset now)
    {
        if (!IsOpen) throw new InvalidTransitionException("status", Status.ToString(), nameof(AssignmentStatus.Completed), $"The assignment is {Status}, not open.");
        var errors = new Dictionary<string, string[]>();
        if (course.EvidenceRequired && string.IsNullOrWhiteSpace(evidence))
            errors["evidence"] = ["This course requires evidence of completion (a certificate reference, a link, a note)."];
        if (evidence?.Length > TrainingRules.MaxTextLength) errors["evidence"] = [$"At most {TrainingRules.MaxTextLength} characters."];
        if (completedAt > now) errors["completedAt"] = ["Cannot lie in the future."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        Status = AssignmentStatus.Completed;
        CompletedAt = completedAt ?? now;
        CompletedBy = by;
        Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
        Revision++;
    }

    /// <summary>Withdraws an open assignment (the person left the role); 409 when it is not open.</summary>
    public void Cancel()
    {
        if (!IsOpen) throw new InvalidTransitionException("status", Status.ToString(), nameof(AssignmentStatus.Cancelled), $"The assignment is {Status}, not open.");
        Status = AssignmentStatus.Cancelled;
        Revision++;
    }
}
