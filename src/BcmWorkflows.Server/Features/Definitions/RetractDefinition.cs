using System.Security.Claims;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using BcmWorkflows.Server.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Definitions;

/// <summary><c>POST .../{definitionId}/retract</c>: nothing published any more; triggers removed; running instances continue.</summary>
public static class RetractDefinition
{
    public sealed record Response(string DefinitionId, bool IsPublished);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{definitionId}/retract", Handle)
            .RequireAuthorization(Policies.Design)
            .WithSummary("Retract the published version.");

    private static async Task<Ok<Response>> Handle(string definitionId, HttpContext http, ClaimsPrincipal user, WorkflowDefinitionService definitions,
        CronTriggerSynchronizer cron, CancellationToken cancellationToken)
    {
        if (!await definitions.RetractAsync(definitionId, user.AuditName(), cancellationToken))
            throw new NotFoundException($"No workflow definition '{definitionId}'.");
        await cron.SyncAsync(definitionId, [], cancellationToken);
        await DefinitionETags.WriteAsync(http.Response, definitions, definitionId, cancellationToken);
        return TypedResults.Ok(new Response(definitionId, false));
    }
}
