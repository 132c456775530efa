using BcmWorkflows.Domain.Actions;

namespace BcmWorkflows.Domain.Exercises;

/// <summary>A finding to record; with <see cref="CreateAction"/> an improvement action (source = the exercise and this finding) is created with it.</summary>
public sealed record FindingInput(string? Description, string? Severity, string? Recommendation, FindingActionInput? CreateAction);
