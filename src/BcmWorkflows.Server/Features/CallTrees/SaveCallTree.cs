using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.CallTrees;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.CallTrees;

/// <summary>
/// <c>POST /api/call-trees</c> (new id) and <c>PUT /api/call-trees/{id}</c> (create or replace): name, description,
/// template (default <c>calltree-message</c>), escalateNonResponders (default true), waves [{ name, members, channels,
/// quorum: "All" | "Any" | N, wait: ISO 8601 }]. Every problem at once, keyed by path (<c>waves[1].quorum</c>).
/// </summary>
public static class SaveCallTree
{
    public sealed record WaveRequest(string? Name, List<string>? Members, List<string>? Channels, JsonNode? Quorum, string? Wait);

    public sealed record Request(string? Name, string? Description, string? Template, bool? EscalateNonResponders, List<WaveRequest?>? Waves);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", Create).RequireAuthorization(Policies.Manage).WithSummary("Create a call tree.");
        group.MapPut("/{id}", Put).RequireAuthorization(Policies.Manage).WithSummary("Create or replace a call tree.");
    }

    private static async Task<Created<CallTreeView>> Create(HttpRequest http, CallTreeService trees, BcmDbContext db, CancellationToken ct)
    {
        var (tree, _) = await trees.SaveAsync(null, await ReadAsync(http, ct), http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/call-trees/{tree.Id}", CallTreeView.From(tree));
    }

    private static async Task<Results<Created<CallTreeView>, Ok<CallTreeView>>> Put(string id, HttpRequest http, CallTreeService trees, BcmDbContext db, CancellationToken ct)
    {
        var (tree, created) = await trees.SaveAsync(id, await ReadAsync(http, ct), http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return created ? TypedResults.Created($"/api/call-trees/{tree.Id}", CallTreeView.From(tree)) : TypedResults.Ok(CallTreeView.From(tree));
    }

    private static async Task<CallTreeInput> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<Request>(http, ct);
        return new CallTreeInput(body.Name, body.Description, body.Template, body.EscalateNonResponders,
            body.Waves?.Select(w => w is null ? null : new WaveInput(w.Name, w.Members, w.Channels, QuorumText(w.Quorum), w.Wait)).ToList());
    }

    /// <summary>The quorum as text: <c>"All"</c>, <c>"Any"</c>, <c>3</c> or <c>"3"</c>; anything else is kept as written for the validator to name.</summary>
    private static string? QuorumText(JsonNode? quorum) => quorum switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => quorum.ToJsonString(),
    };
}
