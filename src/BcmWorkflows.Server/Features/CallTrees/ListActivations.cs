using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.CallTrees;

/// <summary>
/// <c>GET /api/call-trees/{id}/activations?limit=</c>: the tree's activations, newest first, so that a coordinator who
/// did not keep the activate response can open the live report (<c>/activations/{activationId}</c>). 404 for an
/// unknown tree.
/// </summary>
public static class ListActivations
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public sealed record ActivationSummary(string ActivationId, string CallTreeId, string? IncidentId, string? InstanceId, string Status,
        string ActivatedBy, string? Message, DateTimeOffset At, DateTimeOffset? FinishedAt, double? ConfirmationRate);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id}/activations", Handle).WithSummary("The call tree's activations, newest first (limit, default 50).");

    private static async Task<Ok<List<ActivationSummary>>> Handle(string id, int? limit, BcmDbContext db, CancellationToken ct)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit) throw new DomainValidationException("limit", $"Use 1 to {MaxLimit}.");
        if (!await db.CallTrees.AnyAsync(t => t.Id == id, ct)) throw new DomainNotFoundException("Call tree", id);
        var rows = await db.CallTreeActivations.AsNoTracking().Where(a => a.CallTreeId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(take)
            .Select(a => new { a.Id, a.CallTreeId, a.IncidentId, a.InstanceId, a.Status, a.ActivatedBy, a.Message, a.At, a.FinishedAt, a.ConfirmationRate })
            .ToListAsync(ct);
        return TypedResults.Ok(rows
            .Select(a => new ActivationSummary(a.Id, a.CallTreeId, a.IncidentId, a.InstanceId, a.Status.ToString(), a.ActivatedBy, a.Message, a.At,
                a.FinishedAt, a.ConfirmationRate))
            .ToList());
    }
}
