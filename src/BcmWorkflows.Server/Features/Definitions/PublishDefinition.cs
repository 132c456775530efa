using System.Security.Claims;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Validation;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using BcmWorkflows.Server.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Definitions;

/// <summary>
/// <c>POST .../{definitionId}/publish</c>: publish the latest version if it validates; its triggers are
/// indexed and cron triggers scheduled. The previously published version keeps its running instances.
/// </summary>
public static class PublishDefinition
{
    public sealed record Response(string DefinitionId, int Version, bool IsPublished);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{definitionId}/publish", Handle)
            .RequireAuthorization(Policies.Design)
            .WithSummary("Publish the latest version.");

    private static async Task<Ok<Response>> Handle(string definitionId, HttpContext http, ClaimsPrincipal user, WorkflowDefinitionService definitions,
        DefinitionValidator validator, CronTriggerSynchronizer cron, CancellationToken cancellationToken)
    {
        var latest = await definitions.GetAsync(definitionId, "latest", cancellationToken)
            ?? throw new NotFoundException($"No workflow definition '{definitionId}'.");
        var validation = validator.Validate(latest);
        if (!validation.IsValid)
            throw new RequestValidationException($"Version {latest.Version} of '{definitionId}' is not valid and cannot be published.", validation.ErrorsByPath());

        var published = await definitions.PublishAsync(definitionId, user.AuditName(), cancellationToken, DefinitionETags.IfMatch(http.Request))
            ?? throw new NotFoundException($"No workflow definition '{definitionId}'.");
        await cron.SyncAsync(definitionId, published.Triggers, cancellationToken);
        await DefinitionETags.WriteAsync(http.Response, definitions, definitionId, cancellationToken);
        return TypedResults.Ok(new Response(definitionId, published.Version, true));
    }
}
