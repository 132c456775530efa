using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Processes;

namespace BcmWorkflows.Domain.Plans.Documents;

/// <summary>
/// The model of the <c>plan-document</c> template (documented in <c>templates/plan-document/README.md</c>): plan and
/// revision facts for the title page, each Markdown section as blocks, the recovery steps grouped by linked process
/// with the RTO check, contacts and the revision history. It holds nothing that changes between two renders of the
/// same content (no "rendered at"), so the same content gives the same document and the same hash.
/// </summary>
public sealed record PlanDocumentModel(
    Plan Plan,
    PlanRevision Revision,
    IReadOnlyList<CriticalProcess> Processes,
    IReadOnlyList<RtoWarning> Warnings,
    string? OwnerName,
    string? OrgUnitName,
    IReadOnlyList<string> ApproverNames)
{
    public JsonObject ToJson()
    {
        var content = Revision.Content;
        return new JsonObject
        {
            ["plan"] = new JsonObject
            {
                ["id"] = Plan.Id,
                ["title"] = Plan.Title,
                ["language"] = Plan.Language,
                ["owner"] = OwnerName,
                ["org_unit"] = OrgUnitName,
                ["review_interval_months"] = Plan.ReviewIntervalMonths,
                ["last_reviewed_at"] = Date(Plan.LastReviewedAt),
                ["next_review_at"] = Date(Plan.NextReviewAt),
            },
            ["revision"] = new JsonObject
            {
                ["number"] = Revision.Number,
                ["status"] = Revision.Status.ToString(),
                ["created_at"] = Date(Revision.CreatedAt),
                ["approved_by"] = Revision.ApprovedBy,
                ["approved_at"] = Date(Revision.ApprovedAt),
                ["published_at"] = Date(Revision.PublishedAt),
            },
            ["approvers"] = new JsonArray(ApproverNames.Select(n => (JsonNode)n).ToArray()),
            ["sections"] = new JsonObject
            {
                ["objectives"] = MarkdownBlocks.From(content.Objectives),
                ["scope"] = MarkdownBlocks.From(content.Scope),
                ["emergency_response"] = MarkdownBlocks.From(content.EmergencyResponse),
                ["recovery_strategies"] = MarkdownBlocks.From(content.RecoveryStrategies),
                ["communication_plan"] = MarkdownBlocks.From(content.CommunicationPlan),
                ["resources"] = MarkdownBlocks.From(content.Resources),
                ["responsibilities"] = MarkdownBlocks.From(content.Responsibilities),
            },
            ["processes"] = new JsonArray(ProcessRows(content).ToArray()),
            ["warnings"] = new JsonArray(Warnings.Select(w => (JsonNode)new JsonObject { ["process_id"] = w.ProcessId, ["message"] = w.Message }).ToArray()),
            ["contacts"] = new JsonArray(content.Contacts.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name, ["role"] = c.Role, ["phone"] = c.Phone, ["email"] = c.Email, ["external"] = c.External,
            }).ToArray()),
            ["history"] = new JsonArray(Revision.History.Select(h => (JsonNode)new JsonObject
            {
                ["at"] = Date(h.At), ["by"] = h.By, ["from"] = h.From, ["to"] = h.To, ["comment"] = h.Comment,
            }).ToArray()),
        };
    }

    // Linked processes in the plan's order, then any process that has steps without being linked.
    private IEnumerable<JsonNode> ProcessRows(PlanContent content)
    {
        var ids = Plan.ProcessIds.Concat(content.RecoverySteps.Select(s => s.ProcessId).OfType<string>()).Distinct();
        foreach (var id in ids)
        {
            var process = Processes.FirstOrDefault(p => p.Id == id);
            var steps = content.RecoverySteps.Where(s => s.ProcessId == id).ToList();
            var total = RtoCheck.Total(steps);
            var warning = Warnings.FirstOrDefault(w => w.ProcessId == id);
            yield return new JsonObject
            {
                ["id"] = id,
                ["name"] = process?.Name ?? id,
                ["criticality"] = process?.Criticality.ToString(),
                ["rto"] = process?.Rto,
                ["total"] = IsoDuration.Format(total),
                ["total_text"] = IsoDuration.Describe(total),
                ["meets_rto"] = warning is null,
                ["warning"] = warning?.Message,
                ["steps"] = new JsonArray(steps.Select((s, i) => (JsonNode)new JsonObject
                {
                    ["number"] = i + 1, ["step"] = s.Step, ["duration"] = s.Duration, ["owner_role"] = s.OwnerRole,
                }).ToArray()),
            };
        }
    }

    private static string? Date(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
