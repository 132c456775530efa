using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Domain.Tasks;
using BcmWorkflows.Server.Features.Tasks;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Plans;

/// <summary>
/// What a manager sees beside a task about a plan revision (<c>subject = plan:{id}</c>, <c>subjectRevision = n</c>):
/// the plan, the revision's status and RTO warnings, and the section-by-section diff against the revision in force
/// (the published one; the revision before when none is published or it is the same).
/// </summary>
public sealed class PlanRevisionTaskContext(BcmDbContext db, PlanDiff diff, PlanRevisions revisions) : ITaskContext
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<JsonNode?> DescribeAsync(HumanTask task, CancellationToken cancellationToken)
    {
        if (task.SubjectRevision is not { } number || !Subjects.TryParse(task.Subject, out var kind, out var planId) || kind != Subjects.PlanKind)
            return null;
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null) return null;
        var revision = await db.PlanRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.PlanId == planId && r.Number == number, cancellationToken);
        if (revision is null) return null;

        int? against = plan.PublishedRevision is { } published && published != number ? published : null;
        var result = await diff.CompareAsync(planId, number, against, cancellationToken);
        return new JsonObject
        {
            ["kind"] = "planRevision",
            ["planId"] = planId,
            ["planTitle"] = plan.Title,
            ["revision"] = number,
            ["revisionStatus"] = revision.Status.ToString(),
            ["warnings"] = JsonSerializer.SerializeToNode(await revisions.WarningsAsync(plan, revision.Content, cancellationToken), Json),
            ["diff"] = JsonSerializer.SerializeToNode(result, Json),
            ["diffUrl"] = $"/api/plans/{planId}/revisions/{number}/diff?against={result.Against}",
        };
    }
}
