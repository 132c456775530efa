using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.CallTrees;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.CallTrees;

/// <summary>
/// <c>POST /api/call-trees/{id}/activate</c> <c>{ incidentId?, message? }</c>: records the activation, raises
/// <c>calltree.activated</c> (correlation = activation id) and links the started workflows to the call tree and the
/// incident → 202 <c>{ activationId, startedInstances }</c>. <c>GET /api/call-trees/{id}/activations/{activationId}</c>:
/// the report (per wave and per person, with the confirmation rate), read from the acknowledgement and outbox records.
/// </summary>
public static class ActivateCallTree
{
    public sealed record Request(string? IncidentId, string? Message);

    public sealed record Accepted(string ActivationId, IReadOnlyList<string> StartedInstances);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{id}/activate", Activate).RequireAuthorization(Policies.Manage).WithSummary("Activate a call tree: raises calltree.activated.");
        group.MapGet("/{id}/activations/{activationId}", Report).WithSummary("Who confirmed an activation and when.");
    }

    private static async Task<Accepted<Accepted>> Activate(string id, HttpRequest http, CallTreeService trees, BcmDbContext db, AuditLog audit,
        WorkflowRuntime runtime, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync(http, ct, whenEmpty: new Request(null, null));
        var actor = http.HttpContext.User.AuditName() ?? Actors.System;
        var activation = await trees.ActivateAsync(id, string.IsNullOrWhiteSpace(body.IncidentId) ? null : body.IncidentId, body.Message, actor, ct);
        await db.SaveChangesAsync(ct);

        var payload = new JsonObject
        {
            ["callTreeId"] = activation.CallTreeId,
            ["activationId"] = activation.Id,
            ["incidentId"] = activation.IncidentId,
            ["message"] = activation.Message,
            ["activatedBy"] = actor,
        };
        var result = await runtime.RaiseEventAsync(CallTreeEvents.Activated, activation.Id, payload, ct);
        foreach (var instanceId in result.Started)
        {
            await audit.LinkAsync(Subjects.CallTree(activation.CallTreeId), instanceId, ct);
            if (activation.IncidentId is { } incident) await audit.LinkAsync(Subjects.Incident(incident), instanceId, ct);
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted($"/api/call-trees/{id}/activations/{activation.Id}", new Accepted(activation.Id, result.Started));
    }

    private static async Task<Ok<CallTreeReport>> Report(string id, string activationId, CallTreeReports reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.BuildAsync(id, activationId, null, ct));
}
