namespace BcmWorkflows.Domain.Exercises;

/// <summary><c>Planned</c> → <c>Conducted</c> → <c>Evaluated</c>, one step at a time.</summary>
public enum ExerciseStatus
{
    Planned,
    Conducted,
    Evaluated,
}
