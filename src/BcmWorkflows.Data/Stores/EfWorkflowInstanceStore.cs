using System.Text.Json.Nodes;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Engine.Stores;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

/// <summary>
/// <see cref="IWorkflowInstanceStore"/> on the scoped <see cref="BcmDbContext"/>. A session is one
/// database transaction on that same context, so whatever the burst's activities add to the context
/// commits together with the instance state, its bookmark index and its journal.
/// Locking an existing instance: on PostgreSQL a transaction-scoped advisory lock (any node); on SQLite
/// a process-wide keyed lock taken before the write transaction (<c>BEGIN IMMEDIATE</c>).
/// </summary>
public sealed class EfWorkflowInstanceStore(BcmDbContext db) : IWorkflowInstanceStore
{
    private const string Suspended = nameof(WorkflowStatus.Suspended);
    private const string Running = nameof(WorkflowStatus.Running);

    /// <summary>
    /// A session for a new instance. No transaction is opened up front (nobody else can know the instance
    /// yet, and on SQLite an open write transaction would block every other writer for the whole burst):
    /// <see cref="IInstanceSession.SaveAsync"/> writes everything the burst staged in one atomic
    /// <c>SaveChanges</c>. Writes that bypass the change tracker (raw SQL, ExecuteUpdate) during a start
    /// burst are therefore not part of it.
    /// </summary>
    public Task<IInstanceSession> BeginNewAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IInstanceSession>(new EfInstanceSession(db, null, null, 0, null));

    /// <inheritdoc />
    public Task<IInstanceSession?> BeginExistingAsync(string instanceId, CancellationToken cancellationToken) =>
        db.IsPostgres
            ? PostgresInstanceLoader.BeginAsync(db, instanceId, cancellationToken)
            : BeginExistingSqliteAsync(instanceId, cancellationToken);

    private async Task<IInstanceSession?> BeginExistingSqliteAsync(string instanceId, CancellationToken cancellationToken)
    {
        // Keyed lock first, then the write transaction: waiting for the lock must not hold the database's single writer.
        var gate = await KeyedLock.AcquireAsync($"{db.Database.GetConnectionString()}|{AdvisoryLockKey.Instance}:{instanceId}", cancellationToken);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var record = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
            if (record is null)
            {
                await transaction.DisposeAsync();
                gate.Dispose();
                return null;
            }
            return new EfInstanceSession(db, transaction, RecordMapper.ToInstance(record), record.Revision, gate);
        }
        catch
        {
            gate.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BookmarkMatch>> FindBookmarksAsync(string type, string name, string? correlationId, CancellationToken cancellationToken)
    {
        var query = db.WorkflowBookmarks.AsNoTracking().Where(b => b.Type == type && b.Name == name);
        query = correlationId is null
            ? query.Where(b => b.CorrelationId == null)
            : query.Where(b => b.CorrelationId == null || b.CorrelationId == correlationId);
        return await query.OrderBy(b => b.CreatedAt).Select(b => new BookmarkMatch(b.InstanceId, b.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>Timer bookmarks due at or before <paramref name="dueBy"/> of Suspended or Running instances, earliest first.</summary>
    public async Task<IReadOnlyList<BookmarkMatch>> FindDueTimersAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken) =>
        await db.WorkflowBookmarks.AsNoTracking()
            .Where(b => b.DueAt != null && b.DueAt <= dueBy)
            // A Faulted instance keeps its bookmarks for retry; its timers must not clog the sweep.
            .Where(b => db.WorkflowInstances.Any(i => i.Id == b.InstanceId && (i.Status == Suspended || i.Status == Running)))
            .OrderBy(b => b.DueAt)
            .Take(max)
            .Select(b => new BookmarkMatch(b.InstanceId, b.Id))
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> FindStalledAsync(DateTimeOffset updatedBefore, int max, CancellationToken cancellationToken)
    {
        return await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.Status == Running && i.UpdatedAt < updatedBefore)
            .OrderBy(i => i.UpdatedAt)
            .Take(max)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Inserts the event and saves at once (outside any instance session), returning its id (identity / AUTOINCREMENT: ids grow in recording order).</summary>
    public async Task<long> RecordStimulusAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        var record = new WorkflowStimulusRecord
        {
            EventName = stimulus.EventName,
            CorrelationId = stimulus.CorrelationId,
            PayloadJson = stimulus.Payload?.ToJsonString(WorkflowJson.Options),
            ReceivedAt = stimulus.ReceivedAt,
        };
        db.WorkflowStimuli.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = EntityState.Detached;
        return record.Id;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Stimulus>> FindStimuliAsync(string eventName, string? correlationId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var query = db.WorkflowStimuli.AsNoTracking().Where(s => s.EventName == eventName && s.ReceivedAt >= since);
        if (correlationId is not null) query = query.Where(s => s.CorrelationId == correlationId);
        var records = await query.OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return records
            .Select(s => new Stimulus(s.Id, s.EventName, s.CorrelationId, s.PayloadJson is null ? null : JsonNode.Parse(s.PayloadJson), s.ReceivedAt))
            .ToList();
    }
}
