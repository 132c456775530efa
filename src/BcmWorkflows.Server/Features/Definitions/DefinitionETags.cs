using BcmWorkflows.Data;

namespace BcmWorkflows.Server.Features.Definitions;

/// <summary>
/// Optimistic concurrency for the designer: reading the latest version gives its stamp as <c>ETag</c>; a save or
/// publish that sends it back as <c>If-Match</c> is refused with 412 when someone changed the workflow meanwhile.
/// Without <c>If-Match</c> (scripts, imports, the contract's plain PUT) the last writer wins, as before.
/// <c>If-None-Match: *</c> on a save means "only if this id is new".
/// </summary>
public static class DefinitionETags
{
    public static string? IfMatch(HttpRequest request) =>
        request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString() : null;

    /// <summary><c>If-None-Match: *</c>: create only, never overwrite (the designer's "new workflow").</summary>
    public static bool MustBeNew(HttpRequest request) => request.Headers.IfNoneMatch.ToString().Trim() == "*";

    /// <summary>Puts the latest version's stamp on the response (after a change, the stamp of the result).</summary>
    public static async Task WriteAsync(HttpResponse response, WorkflowDefinitionService definitions, string definitionId, CancellationToken ct)
    {
        if (await definitions.StampAsync(definitionId, ct) is { } stamp) response.Headers.ETag = stamp.ETag;
    }
}
