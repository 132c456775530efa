using System.Security.Claims;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Definitions;

/// <summary>
/// <c>PUT /api/workflow-definitions/{definitionId}</c>: validate, then save as draft (version 1 for a new
/// id, n+1 after a published latest, else overwrite the draft). Invalid → 400 with every problem by path;
/// <c>If-Match</c> not the latest stamp → 412 (see <see cref="DefinitionETags"/>).
/// </summary>
public static class SaveDraft
{
    public sealed record Response(string DefinitionId, int Version, bool IsLatest, bool IsPublished, IDictionary<string, string[]>? Warnings);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{definitionId}", Handle)
            .RequireAuthorization(Policies.Design)
            .WithSummary("Save a draft of a workflow definition.");

    private static async Task<Results<Created<Response>, Ok<Response>>> Handle(
        string definitionId, HttpRequest request, ClaimsPrincipal user,
        DefinitionValidator validator, WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        var definition = await JsonBody.ReadAsync<WorkflowDefinition>(request, cancellationToken);
        if (string.IsNullOrEmpty(definition.DefinitionId)) definition.DefinitionId = definitionId;
        else if (definition.DefinitionId != definitionId)
            throw RequestValidationException.For("$.definitionId", $"The body's definitionId '{definition.DefinitionId}' differs from the URL's '{definitionId}'.");
        if (string.IsNullOrWhiteSpace(definition.Name)) definition.Name = definitionId;

        var validation = validator.Validate(definition);
        if (!validation.IsValid)
            throw new RequestValidationException("The workflow definition is not valid.", validation.ErrorsByPath(), validation.WarningsByPath());

        var saved = await definitions.SaveDraftAsync(definition, user.AuditName(), cancellationToken, DefinitionETags.IfMatch(request), DefinitionETags.MustBeNew(request));
        await DefinitionETags.WriteAsync(request.HttpContext.Response, definitions, saved.DefinitionId, cancellationToken);
        var warnings = validation.WarningsByPath();
        var response = new Response(saved.DefinitionId, saved.Version, saved.IsLatest, saved.IsPublished, warnings.Count > 0 ? warnings : null);
        return saved.Created
            ? TypedResults.Created($"/api/workflow-definitions/{saved.DefinitionId}?version={saved.Version}", response)
            : TypedResults.Ok(response);
    }
}
