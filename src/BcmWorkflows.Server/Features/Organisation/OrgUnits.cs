using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Organisation;

/// <summary>
/// <c>GET /api/org-units</c>, <c>GET /api/org-units/{id}</c>, <c>PUT /api/org-units/{id}</c> (create or update:
/// name, description, parentId, managerPersonId). A parent that would make a cycle, or a manager who is not a person,
/// is a 400 naming the field.
/// </summary>
public static class OrgUnits
{
    public sealed record Request(string? Name, string? Description, string? ParentId, string? ManagerPersonId);

    public sealed record View(string Id, string Name, string? Description, string? ParentId, string? ManagerPersonId, int Revision, DateTimeOffset UpdatedAt)
    {
        public static View From(OrgUnit u) => new(u.Id, u.Name, u.Description, u.ParentId, u.ManagerPersonId, u.Revision, u.UpdatedAt);
    }

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async (BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.OrgUnits.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct)).Select(View.From).ToList()))
            .WithSummary("Every org unit.");
        group.MapGet("/{id}", async Task<Ok<View>> (string id, BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok(View.From(await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct)
                ?? throw new DomainNotFoundException("Org unit", id))))
            .WithSummary("One org unit.");
        group.MapPut("/{id}", Save).RequireAuthorization(Policies.Manage).WithSummary("Create or update an org unit.");
    }

    private static async Task<Results<Created<View>, Ok<View>>> Save(string id, HttpRequest http, BcmDbContext db, AuditLog audit,
        TimeProvider clock, CancellationToken ct)
    {
        Keys.Check(id, "id");
        var body = await JsonBody.ReadAsync<Request>(http, ct);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200) errors["name"] = ["A name of 1 to 200 characters is required."];
        if (body.ManagerPersonId is { } manager && !await db.People.AnyAsync(p => p.Id == manager, ct))
            errors["managerPersonId"] = [$"No person '{manager}'."];
        if (body.ParentId is { } parent && await ParentProblemAsync(db, id, parent, ct) is { } problem) errors["parentId"] = [problem];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var now = clock.GetUtcNow();
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == id, ct);
        var created = unit is null;
        unit ??= db.OrgUnits.Add(new OrgUnit { Id = id, Name = body.Name!, CreatedAt = now }).Entity;
        unit.Name = body.Name!.Trim();
        unit.Description = body.Description;
        unit.ParentId = body.ParentId;
        unit.ManagerPersonId = body.ManagerPersonId;
        unit.UpdatedAt = now;
        unit.Revision++;
        audit.Record(Subjects.OrgUnit(id), AuditKind.StateChange, created ? "created" : "updated", http.HttpContext.User.AuditName() ?? Actors.System,
            $"Org unit {unit.Name} {(created ? "created" : "updated")}.");
        await db.SaveChangesAsync(ct);
        return created ? TypedResults.Created($"/api/org-units/{id}", View.From(unit)) : TypedResults.Ok(View.From(unit));
    }

    private static async Task<string?> ParentProblemAsync(BcmDbContext db, string id, string parent, CancellationToken ct)
    {
        if (parent == id) return "A unit cannot be its own parent.";
        for (string? at = parent; at is not null;)
        {
            var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == at, ct);
            if (unit is null) return at == parent ? $"No org unit '{parent}'." : null;
            if (unit.ParentId == id) return $"'{parent}' is below '{id}': that would make a cycle.";
            at = unit.ParentId;
        }
        return null;
    }
}
