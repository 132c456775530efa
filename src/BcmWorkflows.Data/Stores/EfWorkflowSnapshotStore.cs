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

    /// <summary>
    /// The published version (<paramref name="version"/> null) or version N; null when there is none.
    /// Which version is published is cached for up to <c>SnapshotCache.PublishedTtl</c> (one second), so a
    /// publish or retract committed by another node takes effect here within that time (at once for this process).
    /// </summary>
    public async Task<WorkflowSnapshot?> FindAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        if (version is null)
        {
            if (_cache.TryGetPublished(definitionId, out var cachedId) && await GetAsync(cachedId, cancellationToken) is { } cached)
                return cached;
            var generation = _cache.Generation;
            var publishedId = await _db.WorkflowDefinitions.AsNoTracking()
                .Where(d => d.DefinitionId == definitionId && d.IsPublished)
                .Select(d => d.SnapshotId)
                .FirstOrDefaultAsync(cancellationToken);
            if (publishedId is null) return null;
            _cache.SetPublished(definitionId, publishedId, generation);
            return await GetAsync(publishedId, cancellationToken);
        }
        var snapshotId = await _db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Version == version.Value)
            .Select(d => d.SnapshotId)
            .FirstOrDefaultAsync(cancellationToken);
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
