using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Actions;

/// <summary>
/// Creates improvement actions and changes their status, staging each change with its audit lines (on
/// <c>action:{id}</c>, and on <c>exercise:{id}</c> for actions that came from an exercise) in the scoped unit of work.
/// The caller saves and then raises <see cref="ActionEvents"/>.
/// </summary>
public sealed class ImprovementActionService(IDomainDb db, AuditLog audit, TimeProvider clock)
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;

    /// <summary>Validates and stages a new action; 400 keyed by field (<c>source.id</c> for an incident, exercise or finding that does not exist).</summary>
    public async Task<ImprovementAction> CreateAsync(ActionInput input, string actor, string? instanceId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var sourceType = default(ActionSourceType);
        if (input.Source?.Type is not { } typeText || !Enum.TryParse(typeText, ignoreCase: true, out sourceType) || int.TryParse(typeText, out _))
            errors["source.type"] = ["One of Incident, Exercise, Audit, Review."];
        else if (sourceType == ActionSourceType.Exercise)
            await CheckExerciseSourceAsync(input.Source.Id, input.Source.FindingId, errors, ct);
        else if (sourceType == ActionSourceType.Incident)
        {
            if (string.IsNullOrWhiteSpace(input.Source.Id)) errors["source.id"] = ["The incident the action comes from is required."];
            else if (!await db.Incidents.AnyAsync(i => i.Id == input.Source.Id, ct)) errors["source.id"] = [$"No incident '{input.Source.Id}'."];
        }
        await CheckFieldsAsync(input.Title, input.Description, input.OwnerPersonId, input.DueAt, "", errors, ct);
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return await StageAsync(input.Title!, input.Description, sourceType, input.Source!.Id, input.Source.FindingId, input.OwnerPersonId!, input.DueAt!.Value,
            actor, instanceId, ct);
    }

    /// <summary>Checks title, description, owner and due date, adding errors under <paramref name="prefix"/>.</summary>
    public async Task CheckFieldsAsync(string? title, string? description, string? ownerPersonId, DateTimeOffset? dueAt, string prefix,
        Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > MaxTitleLength) errors[prefix + "title"] = [$"A title of 1 to {MaxTitleLength} characters is required."];
        if (description?.Length > MaxTextLength) errors[prefix + "description"] = [$"At most {MaxTextLength} characters."];
        if (string.IsNullOrWhiteSpace(ownerPersonId)) errors[prefix + "ownerPersonId"] = ["Required: the person who owns the action."];
        else if (!await db.People.AnyAsync(p => p.Id == ownerPersonId, ct)) errors[prefix + "ownerPersonId"] = [$"No person '{ownerPersonId}'."];
        if (dueAt is null) errors[prefix + "dueAt"] = ["Required."];
        else if (dueAt <= clock.GetUtcNow()) errors[prefix + "dueAt"] = ["Must lie in the future."];
    }

    /// <summary>Stages an action whose input has been checked, with its audit lines (and the link to the creating instance).</summary>
    public async Task<ImprovementAction> StageAsync(string title, string? description, ActionSourceType sourceType, string? sourceId, string? findingId,
        string ownerPersonId, DateTimeOffset dueAt, string actor, string? instanceId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var action = db.ImprovementActions.Add(new ImprovementAction
        {
            Id = Ids.New(),
            Title = title.Trim(),
            Description = description,
            SourceType = sourceType,
            SourceId = string.IsNullOrWhiteSpace(sourceId) ? null : sourceId.Trim(),
            SourceFindingId = string.IsNullOrWhiteSpace(findingId) ? null : findingId.Trim(),
            OwnerPersonId = ownerPersonId,
            DueAt = dueAt,
            CreatedAt = now,
            CreatedBy = actor,
            UpdatedAt = now,
        }).Entity;
        var data = new JsonObject
        {
            ["title"] = action.Title, ["source"] = new JsonObject { ["type"] = sourceType.ToString(), ["id"] = action.SourceId, ["findingId"] = action.SourceFindingId },
            ["ownerPersonId"] = ownerPersonId, ["dueAt"] = dueAt,
        };
        await RecordAsync(action, "created", actor, $"Improvement action '{action.Title}' opened for person {ownerPersonId}, due {dueAt:yyyy-MM-dd}.", data, instanceId, ct);
        return action;
    }

    /// <summary>The owner's status change (see <see cref="ImprovementAction.ChangeStatus"/>); 400 on <c>status</c> for an unknown value.</summary>
    public async Task<ImprovementAction> ChangeStatusAsync(ImprovementAction action, string? status, string? comment, string? evidence, string actor,
        string? instanceId, CancellationToken ct)
    {
        if (status is null || !Enum.TryParse<ActionStatus>(status, ignoreCase: true, out var target) || int.TryParse(status, out _))
            throw new DomainValidationException("status", "One of InProgress, Completed (Verified and Reopened come from /verify).");
        if (comment?.Length > MaxTextLength) throw new DomainValidationException("comment", $"At most {MaxTextLength} characters.");
        if (evidence?.Length > MaxTextLength) throw new DomainValidationException("evidence", $"At most {MaxTextLength} characters.");
        var from = action.Status;
        action.ChangeStatus(target, comment, evidence, clock.GetUtcNow());
        await RecordAsync(action, $"status:{target}", actor, $"Improvement action '{action.Title}' moved from {from} to {target}.",
            new JsonObject { ["from"] = from.ToString(), ["to"] = target.ToString(), ["comment"] = comment, ["evidence"] = evidence }, instanceId, ct);
        return action;
    }

    /// <summary>The effectiveness check (see <see cref="ImprovementAction.Verify"/>).</summary>
    public async Task<ImprovementAction> VerifyAsync(ImprovementAction action, bool effective, string? comment, string actor, CancellationToken ct)
    {
        if (comment?.Length > MaxTextLength) throw new DomainValidationException("comment", $"At most {MaxTextLength} characters.");
        action.Verify(effective, comment, clock.GetUtcNow());
        var summary = effective
            ? $"Effectiveness check passed: improvement action '{action.Title}' verified."
            : $"Effectiveness check failed: improvement action '{action.Title}' reopened.";
        await RecordAsync(action, effective ? "verified" : "reopened", actor, summary,
            new JsonObject { ["effective"] = effective, ["comment"] = comment }, null, ct);
        return action;
    }

    /// <summary>An action by id, including one staged earlier in this unit of work; 404 exception when unknown.</summary>
    public async Task<ImprovementAction> ReadAsync(string id, CancellationToken ct) =>
        db.ImprovementActions.Local.FirstOrDefault(a => a.Id == id)
        ?? await db.ImprovementActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new DomainNotFoundException("Improvement action", id);

    /// <summary>A person's name, or null.</summary>
    public Task<string?> PersonNameAsync(string personId, CancellationToken ct) =>
        db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(ct);

    private async Task RecordAsync(ImprovementAction action, string verb, string actor, string summary, JsonObject data, string? instanceId, CancellationToken ct)
    {
        var kind = verb is "verified" or "reopened" ? AuditKind.Decision : AuditKind.StateChange;
        audit.Record(Subjects.Action(action.Id), kind, verb, actor, summary, data, instanceId);
        // The source's trail shows its actions too: incident or exercise → corrective action, one chain for the auditor.
        if (action.SourceType == ActionSourceType.Exercise && action.SourceId is { } exerciseId)
            audit.Record(Subjects.Exercise(exerciseId), kind, $"action:{verb}", actor, summary, new JsonObject { ["actionId"] = action.Id }, instanceId);
        if (action.SourceType == ActionSourceType.Incident && action.SourceId is { } incidentId)
            audit.Record(Subjects.Incident(incidentId), kind, $"action:{verb}", actor, summary, new JsonObject { ["actionId"] = action.Id }, instanceId);
        if (instanceId is not null) await audit.LinkAsync(Subjects.Action(action.Id), instanceId, ct);
    }

    private async Task CheckExerciseSourceAsync(string? exerciseId, string? findingId, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(exerciseId)) errors["source.id"] = ["The exercise the action comes from is required."];
        else if (!await db.Exercises.AnyAsync(e => e.Id == exerciseId, ct)) errors["source.id"] = [$"No exercise '{exerciseId}'."];
        else if (!string.IsNullOrWhiteSpace(findingId) && !await db.ExerciseFindings.AnyAsync(f => f.Id == findingId && f.ExerciseId == exerciseId, ct))
        {
            // Keyed on both: the finding is wrong, and it is wrong for this source.
            errors["source.findingId"] = [$"Exercise '{exerciseId}' has no finding '{findingId}'."];
            errors["source.id"] = [$"Exercise '{exerciseId}' has no finding '{findingId}'."];
        }
    }
}
