using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.CallTrees;

/// <summary><c>GET /api/call-trees</c> (by name) and <c>GET /api/call-trees/{id}</c>.</summary>
public static class ReadCallTrees
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async (BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.CallTrees.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct)).Select(CallTreeView.From).ToList()))
            .WithSummary("Every call tree.");
        group.MapGet("/{id}", async Task<Ok<CallTreeView>> (string id, BcmDbContext db, CancellationToken ct) =>
            TypedResults.Ok(CallTreeView.From(await db.CallTrees.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct)
                ?? throw new DomainNotFoundException("Call tree", id))))
            .WithSummary("One call tree.");
    }
}
