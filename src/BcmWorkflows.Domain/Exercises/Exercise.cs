namespace BcmWorkflows.Domain.Exercises;

/// <summary>
/// A drill of one or more plans (ISO 22301 8.5): scheduled, conducted, then evaluated with a report; its findings feed
/// improvement actions. <see cref="Participants"/> are person ids.
/// </summary>
public sealed class Exercise
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public ExerciseType Type { get; set; }
    public DateTimeOffset ScheduledAt { get; set; }
    public List<string> PlanIds { get; set; } = [];
    public string? Scenario { get; set; }
    public List<string> Participants { get; set; } = [];
    public ExerciseStatus Status { get; set; } = ExerciseStatus.Planned;
    public string? EvaluationReport { get; set; }
    public DateTimeOffset? ConductedAt { get; set; }
    public DateTimeOffset? EvaluatedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Revision { get; set; }

    /// <summary>
    /// Moves to <paramref name="target"/>: the same status is no change; otherwise only the next step is allowed
    /// (Planned → Conducted → Evaluated), else <see cref="InvalidTransitionException"/> on <c>status</c>.
    /// </summary>
    public void MoveTo(ExerciseStatus target, DateTimeOffset now)
    {
        if (target == Status) return;
        if (target != Status + 1)
            throw new InvalidTransitionException("status", Status.ToString(), target.ToString(),
                $"An exercise moves Planned → Conducted → Evaluated one step at a time; it is {Status}.");
        Status = target;
        if (target == ExerciseStatus.Conducted) ConductedAt = now;
        if (target == ExerciseStatus.Evaluated) EvaluatedAt = now;
    }
}
