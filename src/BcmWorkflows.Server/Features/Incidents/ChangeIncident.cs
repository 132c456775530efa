using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Incidents;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Incidents;

/// <summary>
/// <c>POST /api/incidents/{id}/status</c> <c>{ status, note }</c>: forward only (Declared → Responding → Recovering →
/// Closed, skipping allowed, Closed final), 409 otherwise; then raises <c>bcm.incident.changed</c>.
/// <c>POST /api/incidents/{id}/notes</c> <c>{ text, kind: Note|Decision }</c>: a person's entry on the timeline.
/// </summary>
public static class ChangeIncident
{
    public sealed record StatusRequest(string? Status, string? Note);

    public sealed record NoteRequest(string? Text, string? Kind);

    public sealed record NoteView(long Id, string Kind, string Text, string Actor, DateTimeOffset At);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{id}/status", ChangeStatus).RequireAuthorization(p => p.RequireRole(IncidentsApi.Responders))
            .WithSummary("Move the incident's status forward.");
        group.MapPost("/{id}/notes", AddNote).RequireAuthorization(p => p.RequireRole(IncidentsApi.Responders))
            .WithSummary("Add a note or a decision to the incident's timeline.");
    }

    private static async Task<Ok<IncidentView>> ChangeStatus(string id, HttpRequest http, IncidentService incidents, BcmDbContext db,
        WorkflowRuntime runtime, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<StatusRequest>(http, ct);
        var incident = await incidents.ChangeStatusAsync(id, body.Status, body.Note, http.HttpContext.User.AuditName() ?? Actors.System, null, ct);
        await db.SaveChangesAsync(ct);
        await runtime.RaiseEventAsync(IncidentEvents.Changed, id,
            new JsonObject { ["incidentId"] = id, ["status"] = incident.Status.ToString(), ["severity"] = incident.Severity }, ct);
        return TypedResults.Ok(IncidentView.From(incident));
    }

    private static async Task<Created<NoteView>> AddNote(string id, HttpRequest http, IncidentService incidents, BcmDbContext db, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<NoteRequest>(http, ct);
        var entry = await incidents.AddNoteAsync(id, body.Text, body.Kind, http.HttpContext.User.AuditName() ?? Actors.System, null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/incidents/{id}/timeline",
            new NoteView(entry.Id, entry.Action == "decision" ? nameof(IncidentNoteKind.Decision) : nameof(IncidentNoteKind.Note), entry.Summary, entry.Actor, entry.At));
    }
}
