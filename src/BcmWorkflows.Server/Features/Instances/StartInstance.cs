using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Instances;

/// <summary>
/// <c>POST /api/workflow-definitions/{definitionId}/instances</c>: start the published version (or
/// <c>version</c>) and run its first burst → 201; 404 unknown definition or version, 409 nothing published.
/// </summary>
public static class StartInstance
{
    public sealed record Request(JsonObject? Input, string? CorrelationId, int? Version);
    public sealed record Response(string InstanceId, string Status, int DefinitionVersion);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/workflow-definitions/{definitionId}/instances", Handle)
            .RequireAuthorization(Policies.Design)
            .WithTags("Workflow instances")
            .WithSummary("Start an instance of the published version (or a given version).");

    private static async Task<Created<Response>> Handle(string definitionId, HttpRequest http, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var request = await JsonBody.ReadAsync(http, cancellationToken, whenEmpty: new Request(null, null, null));
        if (request.Version is <= 0) throw RequestValidationException.For("$.version", "A version number is 1 or more.");
        if (request.CorrelationId?.Length > 200) throw RequestValidationException.For("$.correlationId", "At most 200 characters.");
        var run = await runtime.StartAsync(new StartWorkflowRequest(definitionId)
        {
            Input = request.Input,
            CorrelationId = request.CorrelationId,
            Version = request.Version,
        }, cancellationToken);
        return TypedResults.Created($"/api/workflow-instances/{run.InstanceId}", new Response(run.InstanceId, run.Status.ToString(), run.DefinitionVersion));
    }
}
