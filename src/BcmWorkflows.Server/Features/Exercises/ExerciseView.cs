using BcmWorkflows.Domain.Exercises;

namespace BcmWorkflows.Server.Features.Exercises;

/// <summary>An exercise as the API shows it, with its findings.</summary>
public sealed record ExerciseView(string Id, string Title, string Type, DateTimeOffset ScheduledAt, IReadOnlyList<string> PlanIds, string? Scenario,
    IReadOnlyList<string> Participants, string Status, string? EvaluationReport, DateTimeOffset? ConductedAt, DateTimeOffset? EvaluatedAt,
    IReadOnlyList<FindingView> Findings, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Revision)
{
    public static ExerciseView From(Exercise e, IEnumerable<ExerciseFinding> findings) =>
        new(e.Id, e.Title, e.Type.ToString(), e.ScheduledAt, e.PlanIds, e.Scenario, e.Participants, e.Status.ToString(), e.EvaluationReport,
            e.ConductedAt, e.EvaluatedAt, findings.OrderBy(f => f.CreatedAt).Select(f => FindingView.From(f, null)).ToList(), e.CreatedAt, e.UpdatedAt, e.Revision);
}
