using System.Security.Claims;
using BcmWorkflows.Notifications.Templates;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Templates;

/// <summary>
/// <c>DELETE /api/templates/{key}/files/{file}</c>: back to the shipped file (a file that exists only as an override
/// is removed). Kept as a version marked deleted, so the history stays. 404 when the file has no override in force.
/// </summary>
public static class RevertTemplateFile
{
    public sealed record Response(string Key, string File, int Version, bool Deleted, string Source, DateTimeOffset CreatedAt, string? CreatedBy);

    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/{key}/files/{file}", Handle)
            .RequireAuthorization(Policies.Design)
            .WithSummary("Remove the override of one template file: the shipped file is used again.");

    private static async Task<Ok<Response>> Handle(string key, string file, ClaimsPrincipal user, TemplateCatalog catalog, CancellationToken cancellationToken)
    {
        key = TemplatesApi.RequireKey(key);
        file = TemplatesApi.RequireFile(file);
        var reverted = await catalog.RevertAsync(key, file, user.AuditName(), cancellationToken)
            ?? throw new NotFoundException($"Template '{key}' has no override of {file} to remove.");
        var now = await catalog.FindAsync(key, cancellationToken);
        var source = now?.Files.GetValueOrDefault(file) is { } effective ? TemplatesApi.Spell(effective.Origin) : "none";
        return TypedResults.Ok(new Response(key, file, reverted.Version, reverted.Deleted, source, reverted.CreatedAt, reverted.CreatedBy));
    }
}
