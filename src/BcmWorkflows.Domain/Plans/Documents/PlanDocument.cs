namespace BcmWorkflows.Domain.Plans.Documents;

/// <summary>
/// A rendered document of a plan revision in one format (<c>html</c> or <c>docx</c>); rendering again replaces it.
/// <see cref="ContentHash"/> is the SHA-256 of <see cref="Bytes"/> in lower-case hex: the same content and template
/// give the same bytes and so the same hash.
/// </summary>
public sealed class PlanDocument
{
    public required string Id { get; set; }
    public required string PlanId { get; set; }
    public int Revision { get; set; }
    public required string Format { get; set; }
    public required string ContentHash { get; set; }
    public required byte[] Bytes { get; set; }
    public required string TemplateKey { get; set; }
    public DateTimeOffset RenderedAt { get; set; }
    public required string RenderedBy { get; set; }
}
