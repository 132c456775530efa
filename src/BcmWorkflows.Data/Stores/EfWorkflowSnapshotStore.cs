using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Engine.Stores;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

/// <summary>
/// <see cref="IWorkflowSnapshotStore"/> over the definition, snapshot and trigger tables. Parsed snapshots
/// are cached process-wide by id (they never change); which version is published is always read from the database.
/// </summary>
public sealed class EfWorkflowSnapshotStore : IWorkflowSnapshotStore
{
    private readonly BcmDbContext _db;
    private readonly SnapshotCache _cache;

    internal EfWorkflowSnapshotStore(BcmDbContext db, SnapshotCache cache)
    {
        _db = db;
        _cache = cache;
    }

    /// <inheritdoc />
    public async Task<WorkflowSnapshot?> FindAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        var query = _db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
        query = version is null ? query.Where(d => d.IsPublished) : query.Where(d => d.Version == version.Value);
        var snapshotId = await query.Select(d => d.SnapshotId).FirstOrDefaultAsync(cancellationToken);
        return snapshotId is null ? null : await GetAsync(snapshotId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DefinitionExistsAsync(string definitionId, CancellationToken cancellationToken) =>
        _db.WorkflowDefinitions.AnyAsync(d => d.DefinitionId == definitionId, cancellationToken);

    /// <inheritdoc />
    public async Task<WorkflowSnapshot?> GetAsync(string snapshotId, CancellationToken cancellationToken)
    {
        if (_cache.TryGet(snapshotId, out var cached)) return cached;
        var record = await _db.WorkflowSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.SnapshotId == snapshotId, cancellationToken);
        if (record is null) return null;
        var snapshot = new WorkflowSnapshot(record.SnapshotId, record.DefinitionId, record.Version, WorkflowJson.ParseDefinition(record.Json));
        _cache.Add(snapshot);
        return snapshot;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> FindTriggeredByEventAsync(string eventName, CancellationToken cancellationToken) =>
        await _db.WorkflowTriggers.AsNoTracking()
            .Where(t => t.Type == TriggerDefinition.EventType && t.EventName == eventName)
            .Select(t => t.DefinitionId)
            .Distinct()
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
}
