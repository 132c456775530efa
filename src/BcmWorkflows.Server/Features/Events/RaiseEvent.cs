using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Auth.ApiKeys;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Events;

/// <summary>
/// <c>POST /api/events/{eventName}</c>: resume every matching wait and start every published definition
/// with a matching Event trigger → <c>{resumed, started}</c>, plus <c>notStarted</c>: triggered definitions that
/// refused the payload as input, each with the reason and the input errors.
/// </summary>
public static class RaiseEvent
{
    public sealed record Request(string? CorrelationId, JsonNode? Payload);

    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/events/{eventName}", Handle)
            .RequireAuthorization(Policies.Design)
            .AcceptsApiKeyScope(ApiKeyScopes.EventsRaise)
            .WithTags("Events")
            .WithSummary("Raise an event: resumes waiting instances and starts triggered workflows.");
        return api;
    }

    private static async Task<Ok<EventResult>> Handle(string eventName, HttpRequest http, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(eventName) || eventName.Length > 200)
            throw RequestValidationException.For("eventName", "An event name of 1 to 200 characters is required.");
        var request = await JsonBody.ReadAsync(http, cancellationToken, whenEmpty: new Request(null, null));
        if (request.CorrelationId?.Length > 200) throw RequestValidationException.For("$.correlationId", "At most 200 characters.");
        return TypedResults.Ok(await runtime.RaiseEventAsync(eventName, request.CorrelationId, request.Payload, cancellationToken));
    }
}
