using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Incidents;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Auth.ApiKeys;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Incidents;

/// <summary>
/// <c>POST /api/incidents</c>: validates and saves the incident (with its audit line), then raises
/// <c>incident.declared</c> (correlation = incident id) and links every workflow it started to <c>incident:{id}</c>, so
/// their messages and acknowledgements are on the timeline. 201 with <c>startedInstances</c>.
/// </summary>
public static class DeclareIncident
{
    public sealed record Request(string? Title, string? Description, string? Category, string? Subcategory, int? Severity,
        string? OrgUnitId, string? Location, List<string>? PlanIds);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(p => p.RequireRole(IncidentsApi.Responders))
            .AcceptsApiKeyScope(ApiKeyScopes.IncidentsDeclare)
            .WithSummary("Declare an incident: saves it and raises incident.declared.");

    private static async Task<Created<IncidentView>> Handle(HttpRequest http, IncidentService incidents, BcmDbContext db, AuditLog audit,
        WorkflowRuntime runtime, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<Request>(http, ct);
        var actor = http.HttpContext.User.AuditName() ?? Actors.System;
        var incident = await incidents.DeclareAsync(
            new IncidentDeclaration(body.Title, body.Description, body.Category, body.Subcategory, body.Severity, body.OrgUnitId, body.Location, body.PlanIds),
            actor, ct);
        await db.SaveChangesAsync(ct);

        var payload = new JsonObject
        {
            ["incidentId"] = incident.Id,
            ["title"] = incident.Title,
            ["category"] = incident.Category.ToString(),
            ["subcategory"] = incident.Subcategory,
            ["severity"] = incident.Severity,
            ["description"] = incident.Description,
            ["declaredBy"] = actor,
        };
        var result = await runtime.RaiseEventAsync(IncidentEvents.Declared, incident.Id, payload, ct);
        foreach (var instanceId in result.Started) await audit.LinkAsync(Subjects.Incident(incident.Id), instanceId, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/incidents/{incident.Id}", IncidentView.From(incident) with { StartedInstances = result.Started });
    }
}
