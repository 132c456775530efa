namespace BcmWorkflows.Domain.Exercises;

/// <summary>How much an exercise finding matters.</summary>
public enum FindingSeverity
{
    Low,
    Medium,
    High,
}
