using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Actions;
using BcmWorkflows.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Exercises;

/// <summary>
/// Exercises and their findings: validation, changes and audit lines on <c>exercise:{id}</c>, staged in the scoped
/// unit of work (the caller saves). A finding may open an improvement action in the same unit of work.
/// </summary>
public sealed class ExerciseService(IDomainDb db, AuditLog audit, ImprovementActionService actions, TimeProvider clock)
{
    public const int MaxTextLength = 20_000;

    /// <summary>Creates (<paramref name="id"/> null, always Planned unless a status is given and reachable) or replaces an exercise.</summary>
    public async Task<Exercise> SaveAsync(string? id, ExerciseInput input, string actor, CancellationToken ct)
    {
        var exercise = id is null ? null : await db.Exercises.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new DomainNotFoundException("Exercise", id);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200) errors["title"] = ["A title of 1 to 200 characters is required."];
        if (!TryParse<ExerciseType>(input.Type, out var type)) errors["type"] = ["One of Tabletop, Walkthrough, Simulation, Failover, FullScale."];
        if (input.ScheduledAt is null) errors["scheduledAt"] = ["Required."];
        var status = exercise?.Status ?? ExerciseStatus.Planned;
        if (input.Status is not null && !TryParse(input.Status, out status)) errors["status"] = ["One of Planned, Conducted, Evaluated."];
        if (input.Scenario?.Length > MaxTextLength) errors["scenario"] = [$"At most {MaxTextLength} characters."];
        if (input.EvaluationReport?.Length > MaxTextLength) errors["evaluationReport"] = [$"At most {MaxTextLength} characters."];
        var participants = input.Participants ?? [];
        for (var i = 0; i < participants.Count; i++)
            if (string.IsNullOrWhiteSpace(participants[i]) || !await db.People.AnyAsync(p => p.Id == participants[i], ct))
                errors[$"participants[{i}]"] = [$"No person '{participants[i]}'."];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var now = clock.GetUtcNow();
        var created = exercise is null;
        var previous = exercise?.Status ?? ExerciseStatus.Planned;
        var draft = exercise ?? new Exercise { Id = Ids.New(), Title = "", CreatedAt = now };
        draft.MoveTo(status, now); // throws before anything is staged
        if (created) db.Exercises.Add(draft);
        draft.Title = input.Title!.Trim();
        draft.Type = type;
        draft.ScheduledAt = input.ScheduledAt!.Value;
        draft.PlanIds = (input.PlanIds ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Distinct().ToList();
        draft.Scenario = input.Scenario;
        draft.Participants = participants.Distinct().ToList();
        draft.EvaluationReport = input.EvaluationReport;
        draft.UpdatedAt = now;
        draft.Revision++;
        var verb = created ? "created" : previous != draft.Status ? $"status:{draft.Status}" : "updated";
        audit.Record(Subjects.Exercise(draft.Id), AuditKind.StateChange, verb, actor,
            created ? $"{draft.Type} exercise '{draft.Title}' scheduled for {draft.ScheduledAt:yyyy-MM-dd}."
                : previous != draft.Status ? $"Exercise '{draft.Title}' moved from {previous} to {draft.Status}." : $"Exercise '{draft.Title}' updated.",
            new JsonObject { ["status"] = draft.Status.ToString() });
        return draft;
    }

    /// <summary>Records a finding and, with <see cref="FindingInput.CreateAction"/>, the improvement action for it (400 keyed <c>createAction.*</c>).</summary>
    public async Task<(ExerciseFinding Finding, ImprovementAction? Action)> AddFindingAsync(string exerciseId, FindingInput input, string actor, CancellationToken ct)
    {
        var exercise = await db.Exercises.FirstOrDefaultAsync(e => e.Id == exerciseId, ct) ?? throw new DomainNotFoundException("Exercise", exerciseId);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Description) || input.Description.Length > 4000) errors["description"] = ["A description of 1 to 4000 characters is required."];
        if (!TryParse<FindingSeverity>(input.Severity, out var severity)) errors["severity"] = ["One of Low, Medium, High."];
        if (input.Recommendation?.Length > 4000) errors["recommendation"] = ["At most 4000 characters."];
        var wanted = input.CreateAction;
        var actionTitle = string.IsNullOrWhiteSpace(wanted?.Title) ? Shorten(input.Description) : wanted.Title;
        if (wanted is not null) await actions.CheckFieldsAsync(actionTitle, input.Recommendation, wanted.OwnerPersonId, wanted.DueAt, "createAction.", errors, ct);
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var finding = db.ExerciseFindings.Add(new ExerciseFinding
        {
            Id = Ids.New(), ExerciseId = exercise.Id, Description = input.Description!.Trim(), Severity = severity,
            Recommendation = input.Recommendation, CreatedAt = clock.GetUtcNow(), CreatedBy = actor,
        }).Entity;
        audit.Record(Subjects.Exercise(exercise.Id), AuditKind.StateChange, "finding", actor, $"{severity} finding recorded: {Shorten(finding.Description)}",
            new JsonObject { ["findingId"] = finding.Id, ["severity"] = severity.ToString(), ["recommendation"] = finding.Recommendation });
        ImprovementAction? action = null;
        if (wanted is not null)
        {
            action = await actions.StageAsync(actionTitle!, input.Recommendation ?? finding.Description, ActionSourceType.Exercise, exercise.Id, finding.Id,
                wanted.OwnerPersonId!, wanted.DueAt!.Value, actor, null, ct);
            finding.ActionId = action.Id;
        }
        return (finding, action);
    }

    private static bool TryParse<T>(string? text, out T value) where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && !int.TryParse(text, out _) && Enum.IsDefined(value);

    private static string? Shorten(string? text) => text is null ? null : text.Length <= 120 ? text.Trim() : text[..117].Trim() + "...";
}
