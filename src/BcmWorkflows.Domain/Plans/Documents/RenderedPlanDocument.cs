namespace BcmWorkflows.Domain.Plans.Documents;

/// <summary>A stored document as callers see it: format, hash and where to download it.</summary>
public sealed record RenderedPlanDocument(string Format, string ContentHash, string Url, int Size, string TemplateKey, DateTimeOffset RenderedAt, string RenderedBy)
{
    public static RenderedPlanDocument From(PlanDocument d) =>
        new(d.Format, d.ContentHash, PlanDocuments.Url(d.PlanId, d.Revision, d.Format), d.Bytes.Length, d.TemplateKey, d.RenderedAt, d.RenderedBy);
}
