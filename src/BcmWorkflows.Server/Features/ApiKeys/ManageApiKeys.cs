using BcmWorkflows.Data;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.ApiKeys;

/// <summary>Listing (no secrets) and revoking API keys.</summary>
public static class ManageApiKeys
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithSummary("Every API key, newest first: id, name, scopes, createdAt/By, lastUsedAt, revokedAt. Never the key.");
        group.MapGet("/{id}", Get).WithSummary("One API key, without its secret.");
        group.MapDelete("/{id}", Revoke).WithSummary("Revoke a key: it authenticates nothing from the next request on. Revoking twice is harmless.");
    }

    private static async Task<Ok<List<ApiKeyView>>> List(BcmDbContext db, CancellationToken ct)
    {
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(keys.OrderByDescending(k => k.CreatedAt).Select(ApiKeyView.From).ToList());
    }

    private static async Task<Ok<ApiKeyView>> Get(string id, BcmDbContext db, CancellationToken ct)
    {
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct) ?? throw new NotFoundException($"No API key '{id}'.");
        return TypedResults.Ok(ApiKeyView.From(key));
    }

    private static async Task<NoContent> Revoke(string id, HttpContext http, BcmDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct) ?? throw new NotFoundException($"No API key '{id}'.");
        if (key.RevokedAt is null)
        {
            var actor = http.User.AuditName() ?? Actors.System;
            key.RevokedAt = clock.GetUtcNow();
            key.RevokedBy = actor;
            audit.Record(Subjects.ApiKey(id), AuditKind.StateChange, "revoked", actor, $"API key '{key.Name}' revoked.");
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.NoContent();
    }
}
