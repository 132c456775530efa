using BcmWorkflows.Domain.Exercises;
using BcmWorkflows.Server.Features.ImprovementActions;

namespace BcmWorkflows.Server.Features.Exercises;

/// <summary>An exercise finding; <c>action</c> is the improvement action created with it (only in the answer to its creation).</summary>
public sealed record FindingView(string Id, string ExerciseId, string Description, string Severity, string? Recommendation, string? ActionId,
    DateTimeOffset CreatedAt, string CreatedBy, ActionView? Action)
{
    public static FindingView From(ExerciseFinding f, ActionView? action) =>
        new(f.Id, f.ExerciseId, f.Description, f.Severity.ToString(), f.Recommendation, f.ActionId, f.CreatedAt, f.CreatedBy, action);
}
