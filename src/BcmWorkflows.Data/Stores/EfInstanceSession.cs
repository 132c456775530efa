using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BcmWorkflows.Data;

/// <summary>
/// One burst's unit of work: everything is staged in the shared change tracker and written by one
/// <c>SaveChanges</c> (one batched round trip), then the session's transaction (existing instances) commits.
/// A new instance on PostgreSQL with nothing else pending takes <see cref="PostgresBurstWriter"/> instead.
/// Disposing without saving rolls back, forgets what was staged and releases the instance lock.
/// </summary>
internal sealed class EfInstanceSession(
    BcmDbContext db, IDbContextTransaction? transaction, WorkflowInstance? loaded, long revision, IDisposable? gate) : IInstanceSession
{
    private bool _committed;
    private bool _disposed;

    public WorkflowInstance? Instance => loaded;

    public async Task SaveAsync(WorkflowInstance instance, BurstChanges changes, CancellationToken cancellationToken)
    {
        if (_committed || _disposed) throw new InvalidOperationException("The instance session has already ended.");
        if (loaded is null && db.IsPostgres && db.Database.CurrentTransaction is null && !db.ChangeTracker.HasChanges())
        {
            await InsertNewOnPostgresAsync(instance, changes, cancellationToken);
            _committed = true;
            return;
        }
        if (loaded is null) db.Add(RecordMapper.ToRecord(instance, 1));
        else if (instance.Id != loaded.Id) throw new InvalidOperationException($"The session holds instance '{loaded.Id}', not '{instance.Id}'.");
        else StageUpdate(instance);

        StageBookmarks(instance, changes);
        foreach (var child in changes.Children)
        {
            db.Add(RecordMapper.ToRecord(child, 1));
            foreach (var bookmark in child.State.Bookmarks) db.Add(RecordMapper.ToRecord(bookmark, child.Id));
        }
        foreach (var burst in JournalLines.ToRecords(changes.Journal)) db.Add(burst);

        if (transaction is null)
        {
            // A new instance: EF wraps SaveChanges in a transaction of its own.
            await db.SaveChangesAsync(cancellationToken);
            _committed = true;
            return;
        }
        // The lock already serialises bursts; rolling back a savepoint would not help a failed burst either.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException($"Workflow instance '{instance.Id}' was saved by another executor (revision {revision}).", ex);
        }
        await transaction.CommitAsync(cancellationToken);
        _committed = true;
    }

    /// <summary>Nothing but the engine's rows to write: one set-based batch, no change tracking (the start hot path).</summary>
    private Task InsertNewOnPostgresAsync(WorkflowInstance instance, BurstChanges changes, CancellationToken cancellationToken)
    {
        var bookmarks = LiveAddedBookmarks(instance, changes).Select(b => (instance.Id, b))
            .Concat(changes.Children.SelectMany(c => c.State.Bookmarks.Select(b => (c.Id, b))))
            .ToList();
        return PostgresBurstWriter.InsertAsync(db, [instance, .. changes.Children], bookmarks, changes.Journal, cancellationToken);
    }

    /// <summary>An UPDATE guarded by the revision read under the lock; no re-read of the row.</summary>
    private void StageUpdate(WorkflowInstance instance)
    {
        var record = RecordMapper.ToRecord(instance, revision + 1);
        var entry = db.WorkflowInstances.Local.FindEntry(instance.Id);
        if (entry is null)
        {
            entry = db.Entry(record);
            entry.State = EntityState.Unchanged;
        }
        else
        {
            // Something in the burst loaded this row with tracking: update that entity instead of attaching a second one.
            entry.CurrentValues.SetValues(record);
        }
        entry.Property(r => r.Revision).OriginalValue = revision;
        entry.Property(r => r.Revision).IsModified = true;
        entry.Property(r => r.Status).IsModified = true;
        entry.Property(r => r.CorrelationId).IsModified = true;
        entry.Property(r => r.ParentInstanceId).IsModified = true;
        entry.Property(r => r.UpdatedAt).IsModified = true;
        entry.Property(r => r.FinishedAt).IsModified = true;
        entry.Property(r => r.StateJson).IsModified = true;
    }

    /// <summary>
    /// Keeps the index equal to the bookmarks in the saved state: rows of removed bookmarks go, rows of
    /// added bookmarks that are still there come. A bookmark added and removed within this burst never had a row.
    /// </summary>
    private void StageBookmarks(WorkflowInstance instance, BurstChanges changes)
    {
        var added = changes.AddedBookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in changes.RemovedBookmarks.Select(b => b.Id).Where(id => !added.Contains(id)).Distinct(StringComparer.Ordinal))
        {
            var tracked = db.WorkflowBookmarks.Local.FindEntry(id);
            if (tracked is not null) tracked.State = EntityState.Deleted;
            else db.Entry(new WorkflowBookmarkRecord { Id = id }).State = EntityState.Deleted;
        }
        foreach (var bookmark in LiveAddedBookmarks(instance, changes))
            db.Add(RecordMapper.ToRecord(bookmark, instance.Id));
    }

    /// <summary>Bookmarks added by the burst that are still in the saved state, each once.</summary>
    private static IEnumerable<Bookmark> LiveAddedBookmarks(WorkflowInstance instance, BurstChanges changes)
    {
        if (changes.AddedBookmarks.Count == 0) return [];
        var live = instance.State.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        return changes.AddedBookmarks.Where(b => live.Remove(b.Id));
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            if (transaction is not null) await transaction.DisposeAsync();
            if (!_committed) db.ChangeTracker.Clear();
        }
        finally
        {
            gate?.Dispose();
        }
    }
}
