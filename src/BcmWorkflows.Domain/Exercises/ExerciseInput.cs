namespace BcmWorkflows.Domain.Exercises;

/// <summary>What a coordinator gives for an exercise (create and replace alike). Enums arrive as text so that a wrong value is a 400 naming the field.</summary>
public sealed record ExerciseInput(
    string? Title,
    string? Type,
    DateTimeOffset? ScheduledAt,
    List<string>? PlanIds,
    string? Scenario,
    List<string>? Participants,
    string? Status,
    string? EvaluationReport);
