namespace BcmWorkflows.Domain.Training;

/// <summary>What a coordinator gives for a course (create and replace alike); null lists are empty, null days the default.</summary>
public sealed record CourseInput(
    string? Title,
    string? Description,
    List<string>? RoleIds,
    List<string>? PlanIds,
    int? DueWithinDays,
    int? ValidForMonths,
    bool? EvidenceRequired);
