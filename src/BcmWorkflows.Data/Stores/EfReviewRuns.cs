using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Engine.Runtime;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

/// <summary><see cref="IReviewRuns"/> from the engine's instance table (Running or Suspended means still under review).</summary>
internal sealed class EfReviewRuns(BcmDbContext db) : IReviewRuns
{
    private static readonly string[] Live = [nameof(WorkflowStatus.Running), nameof(WorkflowStatus.Suspended)];

    public async Task<IReadOnlySet<string>> StillRunningAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken)
    {
        var ids = instanceIds.Distinct(StringComparer.Ordinal).ToList();
        var running = await db.WorkflowInstances.AsNoTracking()
            .Where(i => ids.Contains(i.Id) && Live.Contains(i.Status))
            .Select(i => i.Id).ToListAsync(cancellationToken);
        return running.ToHashSet(StringComparer.Ordinal);
    }
}
