using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Notifications.Templates;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Plans.Documents;

/// <summary>
/// Renders a plan revision to its documents and stores them in <c>plan_documents</c>, one row per plan, revision and
/// format (rendering again replaces it). HTML comes from the template's <c>document.html</c> in the plan's language
/// through the sandboxed Scriban renderer; DOCX is converted from that same HTML. Everything is rendered before
/// anything is staged, so a template that fails (<see cref="TemplateRenderException"/>) leaves nothing behind.
/// The caller saves.
/// </summary>
public sealed class PlanDocuments(IDomainDb db, PlanRevisions revisions, PlanBook plans, ScribanTemplateRenderer renderer, AuditLog audit, TimeProvider clock)
{
    public const string DefaultTemplate = "plan-document";

    public static string Url(string planId, int revision, string format) =>
        $"/api/plans/{planId}/revisions/{revision.ToString(CultureInfo.InvariantCulture)}/document?format={format}";

    /// <summary>The stored document, or null when it was never rendered.</summary>
    public Task<PlanDocument?> FindAsync(string planId, int revision, string format, CancellationToken cancellationToken) =>
        db.PlanDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.PlanId == planId && d.Revision == revision && d.Format == format, cancellationToken);

    /// <summary>Renders <paramref name="formats"/> (validated: <c>html</c>, <c>docx</c>) with <paramref name="templateKey"/> and stages the documents.</summary>
    public async Task<IReadOnlyList<PlanDocument>> RenderAsync(string planId, int number, IReadOnlyList<string> formats, string templateKey, string actor,
        CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        if (formats.Count == 0) errors.Add("formats", "At least one format: html or docx.");
        for (var i = 0; i < formats.Count; i++)
            if (!DocumentFormats.IsKnown(formats[i])) errors.Add($"formats[{i}]", $"'{formats[i]}' is not a document format: html or docx.");
        if (!TemplateNames.IsValidKey(templateKey)) errors.Add("template", $"'{templateKey}' is not a template key.");
        errors.ThrowIfAny();

        var plan = await plans.FindAsync(planId, cancellationToken);
        var revision = await revisions.FindAsync(planId, number, cancellationToken);
        var model = await ModelAsync(plan, revision, cancellationToken);
        var rendered = await renderer.RenderDocumentAsync(templateKey, plan.Language, model.ToJson(), cancellationToken);
        var bytes = formats.Distinct().ToDictionary(f => f, f => f == DocumentFormats.Docx
            ? HtmlToDocx.Convert(rendered.Html, rendered.Language)
            : Encoding.UTF8.GetBytes(rendered.Html));

        var now = clock.GetUtcNow();
        var stored = new List<PlanDocument>();
        foreach (var (format, content) in bytes)
        {
            var document = await db.PlanDocuments.FirstOrDefaultAsync(d => d.PlanId == planId && d.Revision == number && d.Format == format, cancellationToken);
            if (document is null)
            {
                document = new PlanDocument { Id = Ids.New(), PlanId = planId, Revision = number, Format = format, ContentHash = "", Bytes = [], TemplateKey = templateKey, RenderedBy = actor };
                db.PlanDocuments.Add(document);
            }
            document.Bytes = content;
            document.ContentHash = Convert.ToHexStringLower(SHA256.HashData(content));
            document.TemplateKey = templateKey;
            document.RenderedAt = now;
            document.RenderedBy = actor;
            stored.Add(document);
        }
        audit.Record(Subjects.Plan(planId), AuditKind.StateChange, "document-rendered", actor,
            $"Revision {number} rendered to {string.Join(", ", stored.Select(d => d.Format))} with template {templateKey}.",
            new System.Text.Json.Nodes.JsonObject
            {
                ["revision"] = number,
                ["documents"] = new System.Text.Json.Nodes.JsonArray(stored.Select(d => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
                {
                    ["format"] = d.Format, ["contentHash"] = d.ContentHash,
                }).ToArray()),
            });
        return stored;
    }

    /// <summary>The template model for a revision: names of the owner, unit and approvers resolved, the RTO check run.</summary>
    public async Task<PlanDocumentModel> ModelAsync(Plan plan, PlanRevision revision, CancellationToken cancellationToken)
    {
        var ids = plan.ProcessIds.Concat(revision.Content.RecoverySteps.Select(s => s.ProcessId).OfType<string>()).Distinct().ToList();
        var processes = await db.CriticalProcesses.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var warnings = await revisions.WarningsAsync(plan, revision.Content, cancellationToken);
        var approverIds = await plans.ApproverPeopleAsync(plan, cancellationToken);
        var peopleIds = approverIds.Append(plan.OwnerPersonId ?? "").ToList();
        var names = await db.People.AsNoTracking().Where(p => peopleIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var unit = plan.OrgUnitId is null ? null
            : await db.OrgUnits.AsNoTracking().Where(u => u.Id == plan.OrgUnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        return new PlanDocumentModel(plan, revision, processes, warnings,
            plan.OwnerPersonId is null ? null : names.GetValueOrDefault(plan.OwnerPersonId), unit,
            approverIds.Select(id => names.GetValueOrDefault(id) ?? id).ToList());
    }
}
