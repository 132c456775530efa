using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Incidents;
using BcmWorkflows.Server.Errors;
using BcmWorkflows.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Incidents;

/// <summary>
/// <c>GET /api/incidents?status=&amp;severity=</c> (newest first), <c>GET /api/incidents/{id}</c> (with its timeline),
/// <c>GET /api/incidents/{id}/timeline</c> (the audit trail of <c>incident:{id}</c>: state changes, notes, decisions,
/// and the messages, acknowledgements and workflow steps of the linked instances, in time order).
/// </summary>
public static class ReadIncidents
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithSummary("Incidents, newest first; filter by status and severity.");
        group.MapGet("/{id}", Get).WithSummary("One incident with its timeline.");
        group.MapGet("/{id}/timeline", Timeline).WithSummary("The incident's timeline in time order.");
    }

    private static async Task<Ok<List<IncidentView>>> List(string? status, int? severity, BcmDbContext db, CancellationToken ct)
    {
        var query = db.Incidents.AsNoTracking();
        if (status is not null)
        {
            var wanted = IncidentRules.ParseStatus(status)
                ?? throw RequestValidationException.For("status", "Declared, Responding, Recovering or Closed.");
            query = query.Where(i => i.Status == wanted);
        }
        if (severity is { } s)
        {
            if (s is < IncidentRules.MinSeverity or > IncidentRules.MaxSeverity) throw RequestValidationException.For("severity", "1 to 4.");
            query = query.Where(i => i.Severity == s);
        }
        var incidents = await query.ToListAsync(ct);
        return TypedResults.Ok(incidents.OrderByDescending(i => i.DeclaredAt).ThenByDescending(i => i.Id, StringComparer.Ordinal).Select(IncidentView.From).ToList());
    }

    private static async Task<Ok<IncidentView>> Get(string id, BcmDbContext db, AuditTrail trail, CancellationToken ct)
    {
        var incident = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new DomainNotFoundException("Incident", id);
        return TypedResults.Ok(IncidentView.From(incident) with { Timeline = await trail.ReadAsync(Subjects.Incident(id), AuditTrail.DefaultLimit, ct) });
    }

    private static async Task<Ok<IReadOnlyList<AuditItem>>> Timeline(string id, BcmDbContext db, AuditTrail trail, CancellationToken ct)
    {
        if (!await db.Incidents.AnyAsync(i => i.Id == id, ct)) throw new DomainNotFoundException("Incident", id);
        return TypedResults.Ok(await trail.ReadAsync(Subjects.Incident(id), AuditTrail.DefaultLimit, ct));
    }
}
