namespace BcmWorkflows.Domain.Exercises;

/// <summary>The kinds of exercise the BCM guidance names, from a discussion at a table to a full-scale test.</summary>
public enum ExerciseType
{
    Tabletop,
    Walkthrough,
    Simulation,
    Failover,
    FullScale,
}
