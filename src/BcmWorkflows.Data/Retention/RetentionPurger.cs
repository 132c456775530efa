using BcmWorkflows.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Data;

/// <summary>
/// Deletes engine data past its retention (see <see cref="RetentionOptions"/>) with set-based deletes, so
/// that journal and event tables do not grow without bound. Safe to run on several nodes at once.
/// </summary>
public sealed class RetentionPurger(BcmDbContext db, IOptions<RetentionOptions> options, TimeProvider clock)
{
    private const string Finished = nameof(WorkflowStatus.Finished);
    private const string Faulted = nameof(WorkflowStatus.Faulted);
    private const string Cancelled = nameof(WorkflowStatus.Cancelled);

    /// <summary>Runs one purge against the injected clock's now.</summary>
    public async Task<PurgeResult> PurgeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();

        var journalBefore = now - settings.JournalRetention;
        var journal = await db.WorkflowJournal
            .Where(j => j.At < journalBefore && db.WorkflowInstances.Any(i =>
                i.Id == j.InstanceId && (i.Status == Finished || i.Status == Faulted || i.Status == Cancelled)))
            .ExecuteDeleteAsync(cancellationToken);

        var stimuliBefore = now - settings.StimulusRetention;
        var stimuli = await db.WorkflowStimuli.Where(s => s.ReceivedAt < stimuliBefore).ExecuteDeleteAsync(cancellationToken);

        var instances = 0;
        if (settings.FinishedInstanceRetention is { } keep)
        {
            var endedBefore = now - keep;
            var expired = db.WorkflowInstances.Where(i =>
                (i.Status == Finished || i.Status == Faulted || i.Status == Cancelled) && i.UpdatedAt < endedBefore);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            journal += await db.WorkflowJournal.Where(j => expired.Any(i => i.Id == j.InstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.WorkflowBookmarks.Where(b => expired.Any(i => i.Id == b.InstanceId)).ExecuteDeleteAsync(cancellationToken);
            instances = await expired.ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return new PurgeResult(journal, stimuli, instances);
    }
}
