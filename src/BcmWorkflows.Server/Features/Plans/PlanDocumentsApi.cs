using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Domain.Plans.Documents;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Plans;

/// <summary>
/// <c>GET /api/plans/{id}/revisions/{n}/document?format=html|docx</c> downloads a rendered document (404 if never
/// rendered, 400 for another format); <c>POST</c> on the same path renders it now (Manage), body optional
/// <c>{ "formats": ["html","docx"], "template": "plan-document" }</c>. A template that fails is a 400 naming the
/// template, file, line and column, and nothing is stored.
/// </summary>
public static class PlanDocumentsApi
{
    public sealed record RenderRequest(List<string>? Formats, string? Template);

    public sealed record RenderResult(string PlanId, int Revision, IReadOnlyList<RenderedPlanDocument> Documents);

    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{id}/revisions/{n:int}/document", Download).WithSummary("Download the rendered document (html or docx).");
        plans.MapPost("/{id}/revisions/{n:int}/document", Render).RequireAuthorization(Policies.Manage).WithSummary("Render the revision's documents now.");
    }

    private static async Task<FileContentHttpResult> Download(string id, int n, string? format, PlanDocuments documents, PlanRevisions revisions, CancellationToken ct)
    {
        format ??= DocumentFormats.Html;
        if (!DocumentFormats.IsKnown(format)) throw new DomainValidationException("format", $"'{format}' is not a document format: html or docx.");
        await revisions.FindAsync(id, n, ct); // 404 for an unknown plan or revision
        var document = await documents.FindAsync(id, n, format, ct)
            ?? throw new DomainNotFoundException("Plan document", $"{id}/{n}/{format}");
        return TypedResults.File(document.Bytes, DocumentFormats.ContentType(format), $"plan-{id}-r{n}.{format}",
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{document.ContentHash}\""));
    }

    private static async Task<Ok<RenderResult>> Render(string id, int n, HttpRequest http, PlanDocuments documents, PlanBook plans, BcmDbContext db, CancellationToken ct)
    {
        await plans.CheckMayChangeAsync(await plans.FindAsync(id, ct), http.HttpContext.User.PlanActor(), ownerMay: true, ct);
        var body = await JsonBody.ReadAsync(http, ct, whenEmpty: new RenderRequest(null, null));
        var stored = await documents.RenderAsync(id, n, body.Formats ?? [.. DocumentFormats.All], body.Template ?? PlanDocuments.DefaultTemplate,
            http.HttpContext.User.AuditName() ?? Actors.System, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new RenderResult(id, n, stored.Select(RenderedPlanDocument.From).ToList()));
    }
}
