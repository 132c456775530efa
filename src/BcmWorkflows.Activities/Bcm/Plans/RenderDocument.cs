using System.Text.Json.Nodes;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Plans.Documents;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications.Templates;

namespace BcmWorkflows.Activities.Bcm.Plans;

/// <summary>
/// Renders a plan revision through a document template (default <c>plan-document</c>, in the plan's language) to HTML
/// and DOCX and stores them with their SHA-256 content hashes (rendering again replaces them); the documents are
/// downloadable at <c>GET /api/plans/{id}/revisions/{n}/document?format=</c>. A template that fails to render faults
/// the instance, naming the template, file, line and column; nothing is stored then.
/// </summary>
[Activity("RenderDocument", "BCM", "Renders a plan revision to HTML and DOCX through a document template and stores them with content hashes.", DisplayName = "Render plan document")]
[Outcomes("Done")]
[Output("documents", "Array", "The stored documents: format, contentHash, url.")]
public sealed class RenderDocument(PlanDocuments documents, AuditLog audit) : Activity
{
    [Input(Required = true, Description = "The plan id.", UiHint = "Expression")]
    public string PlanId { get; set; } = "";

    [Input(Required = true, Description = "The revision number.", UiHint = "Expression")]
    public int Revision { get; set; }

    [Input(Description = "The formats to render: html, docx (default both).")]
    public List<string> Formats { get; set; } = [.. DocumentFormats.All];

    [Input(Description = "The document template key (a templates/ folder with document.html.sbn).", UiHint = "Template")]
    public string Template { get; set; } = PlanDocuments.DefaultTemplate;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        IReadOnlyList<PlanDocument> stored;
        try
        {
            stored = await documents.RenderAsync(PlanId, Revision, Formats, Template, Actors.Workflow(context.Instance.Id), context.CancellationToken);
        }
        catch (Exception failed) when (failed is DomainException or TemplateRenderException)
        {
            throw new WorkflowFaultException($"RenderDocument: {failed.Message}", failed);
        }
        await audit.LinkAsync(Subjects.Plan(PlanId), context.Instance.Id, context.CancellationToken);
        context.SetOutput("documents", new JsonArray(stored.Select(d => (JsonNode)new JsonObject
        {
            ["format"] = d.Format,
            ["contentHash"] = d.ContentHash,
            ["url"] = PlanDocuments.Url(d.PlanId, d.Revision, d.Format),
        }).ToArray()));
        context.Complete("Done");
    }
}
