namespace BcmWorkflows.Domain.Training;

/// <summary>
/// A course people must take: the holders of <see cref="RoleIds"/> are assigned it, and plans in <see cref="PlanIds"/>
/// re-assign it when they are published. Assignments fall due <see cref="DueWithinDays"/> after they are made;
/// <see cref="ValidForMonths"/> is the refresher interval (null: once is enough).
/// </summary>
public sealed class TrainingCourse
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public List<string> RoleIds { get; set; } = [];
    public List<string> PlanIds { get; set; } = [];
    public int DueWithinDays { get; set; } = TrainingRules.DefaultDueWithinDays;
    public int? ValidForMonths { get; set; }
    public bool EvidenceRequired { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Revision { get; set; }
}
