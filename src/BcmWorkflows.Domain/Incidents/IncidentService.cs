using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Incidents;

/// <summary>
/// Declares incidents and changes them (status, severity, notes) for the API and for workflow activities alike. Every
/// change stages its audit line on <c>incident:{id}</c> in the same unit of work; the caller saves (a request) or the
/// burst commits (an activity). Input is validated in full before anything is staged.
/// </summary>
public sealed class IncidentService(IDomainDb db, AuditLog audit, TimeProvider clock)
{
    public const int TitleLength = 200;
    public const int TextLength = 4000;

    public async Task<Incident> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.Incidents.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new DomainNotFoundException("Incident", id);

    /// <summary>Validates and stages a new incident in status Declared (every problem at once, keyed by field).</summary>
    public async Task<Incident> DeclareAsync(IncidentDeclaration request, string actor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > TitleLength)
            errors["title"] = [$"A title of 1 to {TitleLength} characters is required."];
        if (request.Description?.Length > TextLength) errors["description"] = [$"At most {TextLength} characters."];
        var category = IncidentRules.ParseCategory(request.Category);
        string? subcategory = null;
        if (category is null) errors["category"] = ["Natural, Technical or HumanCaused is required."];
        else if ((subcategory = IncidentSubcategories.Find(category.Value, request.Subcategory)) is null)
            errors["subcategory"] = [$"For {category} give one of {string.Join(", ", IncidentSubcategories.ByCategory[category.Value])}."];
        if (request.Severity is not (>= IncidentRules.MinSeverity and <= IncidentRules.MaxSeverity))
            errors["severity"] = ["A severity from 1 (most severe) to 4 is required."];
        if (request.Location?.Length > TitleLength) errors["location"] = [$"At most {TitleLength} characters."];
        if (request.OrgUnitId is { } unit && !await db.OrgUnits.AnyAsync(u => u.Id == unit, cancellationToken))
            errors["orgUnitId"] = [$"No org unit '{unit}'."];
        var planIds = request.PlanIds ?? [];
        for (var i = 0; i < planIds.Count; i++)
        {
            var planId = planIds[i]?.Trim();
            if (string.IsNullOrEmpty(planId) || planId.Length > 64) errors[$"planIds[{i}]"] = ["A plan id of 1 to 64 characters."];
            else if (!await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken)) errors[$"planIds[{i}]"] = [$"No plan '{planId}'."];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var now = clock.GetUtcNow();
        var incident = new Incident
        {
            Id = Ids.New(),
            Title = request.Title!.Trim(),
            Description = request.Description,
            Category = category!.Value,
            Subcategory = subcategory!,
            Severity = request.Severity!.Value,
            Status = IncidentStatus.Declared,
            OrgUnitId = request.OrgUnitId,
            Location = request.Location?.Trim(),
            PlanIds = planIds.Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList(),
            DeclaredBy = actor,
            DeclaredAt = now,
            UpdatedAt = now,
        };
        db.Incidents.Add(incident);
        audit.Record(Subjects.Incident(incident.Id), AuditKind.StateChange, "declared", actor,
            $"Incident '{incident.Title}' declared: {incident.Category}/{incident.Subcategory}, severity {incident.Severity}.",
            new JsonObject { ["severity"] = incident.Severity, ["category"] = incident.Category.ToString(), ["subcategory"] = incident.Subcategory });
        return incident;
    }

    /// <summary>Moves the incident forward (409 otherwise) and stages the audit line, with the note when given.</summary>
    public async Task<Incident> ChangeStatusAsync(string id, string? status, string? note, string actor, string? instanceId, CancellationToken cancellationToken)
    {
        var to = IncidentRules.ParseStatus(status) ?? throw new DomainValidationException("status", "Declared, Responding, Recovering or Closed is required.");
        if (note?.Length > TextLength) throw new DomainValidationException("note", $"At most {TextLength} characters.");
        var incident = await GetAsync(id, cancellationToken);
        IncidentRules.EnsureCanMove(incident.Status, to);
        var from = incident.Status;
        var now = clock.GetUtcNow();
        incident.Status = to;
        incident.UpdatedAt = now;
        if (to == IncidentStatus.Closed) incident.ClosedAt = now;
        incident.Revision++;
        audit.Record(Subjects.Incident(id), AuditKind.StateChange, $"status:{to}", actor,
            $"Status {from} → {to}{(string.IsNullOrWhiteSpace(note) ? "" : $": {note.Trim()}")}",
            new JsonObject { ["from"] = from.ToString(), ["to"] = to.ToString(), ["note"] = note }, instanceId);
        return incident;
    }

    /// <summary>Changes the severity (1–4) and stages the audit line.</summary>
    public async Task<Incident> ChangeSeverityAsync(string id, int severity, string actor, string? instanceId, CancellationToken cancellationToken)
    {
        if (severity is < IncidentRules.MinSeverity or > IncidentRules.MaxSeverity)
            throw new DomainValidationException("severity", "A severity from 1 (most severe) to 4.");
        var incident = await GetAsync(id, cancellationToken);
        if (incident.Severity == severity) return incident;
        var from = incident.Severity;
        incident.Severity = severity;
        incident.UpdatedAt = clock.GetUtcNow();
        incident.Revision++;
        audit.Record(Subjects.Incident(id), AuditKind.StateChange, $"severity:{severity}", actor, $"Severity {from} → {severity}.",
            new JsonObject { ["from"] = from, ["to"] = severity }, instanceId);
        return incident;
    }

    /// <summary>Stages a note or decision on the incident's timeline.</summary>
    public async Task<AuditEntry> AddNoteAsync(string id, string? text, string? kind, string actor, string? instanceId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(text) || text.Length > TextLength) errors["text"] = [$"A text of 1 to {TextLength} characters is required."];
        var noteKind = IncidentRules.ParseNoteKind(kind);
        if (noteKind is null) errors["kind"] = ["Note or Decision."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var incident = await GetAsync(id, cancellationToken);
        incident.UpdatedAt = clock.GetUtcNow();
        var decision = noteKind == IncidentNoteKind.Decision;
        // Both are a person's (or a workflow's) word on the record; the action tells a decision from a note.
        return audit.Record(Subjects.Incident(id), AuditKind.Decision, decision ? "decision" : "note", actor, text!.Trim(),
            new JsonObject { ["kind"] = noteKind.ToString() }, instanceId);
    }
}
