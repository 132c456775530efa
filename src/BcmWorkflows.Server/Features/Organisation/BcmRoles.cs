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
/// <c>GET /api/bcm-roles</c> (each with its holders), <c>PUT /api/bcm-roles/{id}</c> (name, description),
/// <c>PUT /api/bcm-roles/{id}/holders</c> (the whole list of holders: personId, orgUnitId?, rank?).
/// </summary>
public static class BcmRoles
{
    public sealed record Request(string? Name, string? Description);
    public sealed record HolderRequest(string? PersonId, string? OrgUnitId, int? Rank);
    public sealed record HolderView(string PersonId, string? Name, string? OrgUnitId, int Rank);
    public sealed record View(string Id, string Name, string? Description, IReadOnlyList<HolderView> Holders);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async (BcmDbContext db, CancellationToken ct) => TypedResults.Ok(await ViewsAsync(db, null, ct)))
            .WithSummary("Every BCM role with the people holding it.");
        group.MapGet("/{id}", async Task<Ok<View>> (string id, BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await ViewsAsync(db, id, ct)).SingleOrDefault() ?? throw new DomainNotFoundException("BCM role", id)))
            .WithSummary("One BCM role with its holders.");
        group.MapPut("/{id}", Save).RequireAuthorization(Policies.Manage).WithSummary("Create or update a BCM role.");
        group.MapPut("/{id}/holders", SetHolders).RequireAuthorization(Policies.Manage).WithSummary("Replace who holds a BCM role.");
    }

    private static async Task<Results<Created<View>, Ok<View>>> Save(string id, HttpRequest http, BcmDbContext db, AuditLog audit,
        TimeProvider clock, CancellationToken ct)
    {
        Keys.Check(id, "id");
        var body = await JsonBody.ReadAsync<Request>(http, ct);
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200) throw new DomainValidationException("name", "A name of 1 to 200 characters is required.");
        var now = clock.GetUtcNow();
        var role = await db.BcmRoles.FirstOrDefaultAsync(r => r.Id == id, ct);
        var created = role is null;
        role ??= db.BcmRoles.Add(new BcmRole { Id = id, Name = body.Name, CreatedAt = now }).Entity;
        role.Name = body.Name.Trim();
        role.Description = body.Description;
        role.UpdatedAt = now;
        audit.Record(Subjects.Role(id), AuditKind.StateChange, created ? "created" : "updated", http.HttpContext.User.AuditName() ?? Actors.System,
            $"BCM role {role.Name} {(created ? "created" : "updated")}.");
        await db.SaveChangesAsync(ct);
        var view = (await ViewsAsync(db, id, ct)).Single();
        return created ? TypedResults.Created($"/api/bcm-roles/{id}", view) : TypedResults.Ok(view);
    }

    private static async Task<Ok<View>> SetHolders(string id, HttpRequest http, BcmDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var role = await db.BcmRoles.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new DomainNotFoundException("BCM role", id);
        var holders = await JsonBody.ReadAsync<List<HolderRequest>>(http, ct);
        var errors = new Dictionary<string, string[]>();
        var seen = new HashSet<(string, string?)>();
        for (var i = 0; i < holders.Count; i++)
        {
            var h = holders[i];
            if (string.IsNullOrWhiteSpace(h.PersonId)) errors[$"[{i}].personId"] = ["Required."];
            else if (!await db.People.AnyAsync(p => p.Id == h.PersonId, ct)) errors[$"[{i}].personId"] = [$"No person '{h.PersonId}'."];
            else if (!seen.Add((h.PersonId, h.OrgUnitId))) errors[$"[{i}].personId"] = ["Listed twice for the same org unit."];
            if (h.OrgUnitId is { } unit && !await db.OrgUnits.AnyAsync(u => u.Id == unit, ct)) errors[$"[{i}].orgUnitId"] = [$"No org unit '{unit}'."];
            if (h.Rank is < 1 or > 99) errors[$"[{i}].rank"] = ["Between 1 (primary) and 99."];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var now = clock.GetUtcNow();
        db.RoleAssignments.RemoveRange(await db.RoleAssignments.Where(a => a.RoleId == id).ToListAsync(ct));
        db.RoleAssignments.AddRange(holders.Select(h => new RoleAssignment
        {
            Id = Ids.New(), RoleId = id, PersonId = h.PersonId!, OrgUnitId = h.OrgUnitId, Rank = h.Rank ?? 1, AssignedAt = now,
        }));
        audit.Record(Subjects.Role(id), AuditKind.StateChange, "holders", http.HttpContext.User.AuditName() ?? Actors.System,
            $"{role.Name} now held by {holders.Count} person(s).",
            new System.Text.Json.Nodes.JsonArray(holders.Select(h => (System.Text.Json.Nodes.JsonNode?)h.PersonId).ToArray()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await ViewsAsync(db, id, ct)).Single());
    }

    private static async Task<List<View>> ViewsAsync(BcmDbContext db, string? id, CancellationToken ct)
    {
        var roles = await db.BcmRoles.AsNoTracking().Where(r => id == null || r.Id == id).OrderBy(r => r.Name).ToListAsync(ct);
        var ids = roles.Select(r => r.Id).ToList();
        var holders = await (from a in db.RoleAssignments.AsNoTracking()
                             join p in db.People.AsNoTracking() on a.PersonId equals p.Id into people
                             from p in people.DefaultIfEmpty()
                             where ids.Contains(a.RoleId)
                             orderby a.Rank, a.AssignedAt
                             select new { a.RoleId, a.PersonId, Name = p == null ? null : p.Name, a.OrgUnitId, a.Rank }).ToListAsync(ct);
        return roles.Select(r => new View(r.Id, r.Name, r.Description,
            holders.Where(h => h.RoleId == r.Id).Select(h => new HolderView(h.PersonId, h.Name, h.OrgUnitId, h.Rank)).ToList())).ToList();
    }
}
