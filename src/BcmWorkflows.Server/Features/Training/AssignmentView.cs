using BcmWorkflows.Domain.Training;

namespace BcmWorkflows.Server.Features.Training;

/// <summary>A training assignment as the API shows it; <c>overdue</c> is computed (open and past <c>dueAt</c>).</summary>
public sealed record AssignmentView(string Id, string CourseId, string? CourseTitle, string PersonId, string? PersonName, string Status,
    bool Overdue, DateTimeOffset AssignedAt, string AssignedBy, DateTimeOffset DueAt, DateTimeOffset? CompletedAt, string? CompletedBy, string? Evidence)
{
    public static AssignmentView From(TrainingAssignment a, string? courseTitle, string? personName, DateTimeOffset now) =>
        new(a.Id, a.CourseId, courseTitle, a.PersonId, personName, a.Status.ToString(), a.IsOverdue(now), a.AssignedAt, a.AssignedBy, a.DueAt, a.CompletedAt,
            a.CompletedBy, a.Evidence);
}
