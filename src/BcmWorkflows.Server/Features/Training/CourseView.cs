using BcmWorkflows.Domain.Training;

namespace BcmWorkflows.Server.Features.Training;

/// <summary>A training course as the API shows it.</summary>
public sealed record CourseView(string Id, string Title, string? Description, IReadOnlyList<string> RoleIds, IReadOnlyList<string> PlanIds,
    int DueWithinDays, int? ValidForMonths, bool EvidenceRequired, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Revision)
{
    public static CourseView From(TrainingCourse c) =>
        new(c.Id, c.Title, c.Description, c.RoleIds, c.PlanIds, c.DueWithinDays, c.ValidForMonths, c.EvidenceRequired, c.CreatedAt, c.UpdatedAt, c.Revision);
}
