namespace BcmWorkflows.Domain.Exercises;

/// <summary>Something an exercise showed: what, how serious, what to do; <see cref="ActionId"/> is the improvement action created for it, if any.</summary>
public sealed class ExerciseFinding
{
    public required string Id { get; set; }
    public required string ExerciseId { get; set; }
    public required string Description { get; set; }
    public FindingSeverity Severity { get; set; }
    public string? Recommendation { get; set; }
    public string? ActionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}
