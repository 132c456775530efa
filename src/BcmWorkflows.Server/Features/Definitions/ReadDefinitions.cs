using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Definitions;

/// <summary>The read side: list, one definition by version selector, its versions.</summary>
public static class ReadDefinitions
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithSummary("Every definition with its latest and published version.");
        group.MapGet("/{definitionId}", Get).WithSummary("A whole definition: ?version=latest (default), published or a number.");
        group.MapGet("/{definitionId}/versions", Versions).WithSummary("Every version with who saved it and when.");
    }

    private static async Task<Ok<IReadOnlyList<DefinitionSummary>>> List(WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.ListAsync(cancellationToken));

    private static async Task<Ok<WorkflowDefinition>> Get(string definitionId, string? version, HttpContext http, WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        var selector = string.IsNullOrWhiteSpace(version) ? "latest" : version.Trim().ToLowerInvariant();
        if (selector is not ("latest" or "published") && !(int.TryParse(selector, out var n) && n > 0))
            throw RequestValidationException.For("version", $"Use latest, published or a version number, not '{version}'.");
        var definition = await definitions.GetAsync(definitionId, selector, cancellationToken)
            ?? throw new NotFoundException(selector switch
            {
                "latest" => $"No workflow definition '{definitionId}'.",
                "published" => $"The workflow '{definitionId}' has no published version.",
                _ => $"No version {selector} of workflow definition '{definitionId}'.",
            });
        if (definition.IsLatest == true) await DefinitionETags.WriteAsync(http.Response, definitions, definitionId, cancellationToken);
        return TypedResults.Ok(definition);
    }

    private static async Task<Ok<IReadOnlyList<DefinitionVersionInfo>>> Versions(string definitionId, WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.VersionsAsync(definitionId, cancellationToken)
            ?? throw new NotFoundException($"No workflow definition '{definitionId}'."));
}
