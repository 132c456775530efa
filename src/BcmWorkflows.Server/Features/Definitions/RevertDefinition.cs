using System.Security.Claims;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Definitions;

/// <summary><c>POST .../{definitionId}/versions/{n}/revert</c>: copy version n forward as a new draft.</summary>
public static class RevertDefinition
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{definitionId}/versions/{version:int}/revert", Handle)
            .RequireAuthorization(Policies.Design)
            .WithSummary("Copy an old version forward as a new draft.");

    private static async Task<Created<SaveDraft.Response>> Handle(string definitionId, int version, HttpContext http, ClaimsPrincipal user,
        WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        var saved = await definitions.RevertAsync(definitionId, version, user.AuditName(), cancellationToken)
            ?? throw new NotFoundException($"No version {version} of workflow definition '{definitionId}'.");
        await DefinitionETags.WriteAsync(http.Response, definitions, definitionId, cancellationToken);
        return TypedResults.Created($"/api/workflow-definitions/{definitionId}?version={saved.Version}",
            new SaveDraft.Response(saved.DefinitionId, saved.Version, saved.IsLatest, saved.IsPublished, null));
    }
}
