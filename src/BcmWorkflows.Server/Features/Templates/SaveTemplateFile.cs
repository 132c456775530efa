using System.Security.Claims;
using BcmWorkflows.Notifications.Templates;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Templates;

/// <summary>
/// <c>PUT /api/templates/{key}/files/{file}</c> <c>{ "content" }</c>: stores a coordinator's version of one file, which
/// renders from the next message on. The content must parse (else a 400 with line and column, nothing stored); a new
/// key is allowed. Every save is a new version with who and when.
/// </summary>
public static class SaveTemplateFile
{
    public const int ContentLimit = 100_000;

    public sealed record Request(string? Content);

    public sealed record Response(string Key, string File, int Version, DateTimeOffset CreatedAt, string? CreatedBy);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{key}/files/{file}", Handle)
            .RequireAuthorization(Policies.Design)
            .WithSummary("Override one template file (a new version; the shipped file stays as the fallback).");

    private static async Task<Ok<Response>> Handle(string key, string file, HttpRequest http, ClaimsPrincipal user, TemplateCatalog catalog, CancellationToken cancellationToken)
    {
        key = TemplatesApi.RequireKey(key);
        file = TemplatesApi.RequireFile(file);
        var request = await JsonBody.ReadAsync<Request>(http, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Content))
            throw RequestValidationException.For("$.content", "The file's Scriban text is required (DELETE goes back to the shipped file).");
        if (request.Content.Length > ContentLimit)
            throw RequestValidationException.For("$.content", $"At most {ContentLimit:N0} characters.");

        var saved = await catalog.SaveAsync(key, file, request.Content, user.AuditName(), cancellationToken);
        return TypedResults.Ok(new Response(saved.Key, saved.File, saved.Version, saved.CreatedAt, saved.CreatedBy));
    }
}
