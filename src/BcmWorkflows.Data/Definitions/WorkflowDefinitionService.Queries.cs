using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Serialization;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

public sealed partial class WorkflowDefinitionService
{
    /// <summary>
    /// The whole definition with its server-owned fields filled. <paramref name="selector"/> is <c>latest</c>
    /// (also when empty), <c>published</c> or a version number; null when the definition or that version does
    /// not exist, nothing is published, or the selector is none of these.
    /// </summary>
    public async Task<WorkflowDefinition?> GetAsync(string definitionId, string selector, CancellationToken ct)
    {
        var query = _db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
        if (string.IsNullOrWhiteSpace(selector) || selector.Equals("latest", StringComparison.OrdinalIgnoreCase))
            query = query.Where(d => d.IsLatest);
        else if (selector.Equals("published", StringComparison.OrdinalIgnoreCase))
            query = query.Where(d => d.IsPublished);
        else if (int.TryParse(selector, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            query = query.Where(d => d.Version == version);
        else
            return null;

        var row = await query
            .Join(_db.WorkflowSnapshots, d => d.SnapshotId, s => s.SnapshotId, (d, s) => new { Record = d, s.Json })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var definition = WorkflowJson.ParseDefinition(row.Json);
        definition.Version = row.Record.Version;
        definition.IsLatest = row.Record.IsLatest;
        definition.IsPublished = row.Record.IsPublished;
        definition.CreatedAt = row.Record.CreatedAt;
        definition.CreatedBy = row.Record.CreatedBy;
        return definition;
    }

    /// <summary>The latest version's stamp (its ETag guards saves and publishing); null for an unknown id.</summary>
    public async Task<DefinitionStamp?> StampAsync(string definitionId, CancellationToken ct) =>
        await _db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.IsLatest)
            .Select(d => new DefinitionStamp(d.DefinitionId, d.Version, d.IsPublished, d.UpdatedAt, d.UpdatedBy))
            .FirstOrDefaultAsync(ct);

    /// <summary>Every definition (by id), described by its latest version; <c>UpdatedAt</c> is the last save, publish, retract or revert.</summary>
    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken ct) =>
        await _db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.IsLatest)
            .OrderBy(d => d.DefinitionId)
            .Select(d => new DefinitionSummary(
                d.DefinitionId,
                d.Name,
                d.Description,
                d.Version,
                _db.WorkflowDefinitions.Where(p => p.DefinitionId == d.DefinitionId && p.IsPublished).Select(p => (int?)p.Version).FirstOrDefault(),
                d.UpdatedAt,
                d.UpdatedBy))
            .ToListAsync(ct);

    /// <summary>The versions of a definition, oldest first; null for an unknown id.</summary>
    public async Task<IReadOnlyList<DefinitionVersionInfo>?> VersionsAsync(string definitionId, CancellationToken ct)
    {
        var versions = await _db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId)
            .OrderBy(d => d.Version)
            .Select(d => new DefinitionVersionInfo(d.Version, d.IsLatest, d.IsPublished, d.CreatedAt, d.CreatedBy, d.UpdatedAt, d.UpdatedBy))
            .ToListAsync(ct);
        return versions.Count == 0 ? null : versions;
    }

    /// <summary>Cron triggers of every published version (for the host's scheduler), by definition and position.</summary>
    public async Task<IReadOnlyList<WorkflowTriggerRecord>> PublishedCronTriggersAsync(CancellationToken ct) =>
        await _db.WorkflowTriggers.AsNoTracking()
            .Where(t => t.Type == TriggerDefinition.CronType)
            .OrderBy(t => t.DefinitionId).ThenBy(t => t.Index)
            .ToListAsync(ct);

    private async Task<T> LockedAsync<T>(string definitionId, Func<Task<T>> work, CancellationToken ct)
    {
        // On SQLite take the keyed lock before BEGIN IMMEDIATE, so that a waiter never holds the single writer.
        using var gate = _db.IsPostgres
            ? null
            : await KeyedLock.AcquireAsync($"{_db.Database.GetConnectionString()}|{AdvisoryLockKey.Definition}:{definitionId}", ct);
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        try
        {
            if (_db.IsPostgres)
                await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey.For(AdvisoryLockKey.Definition, definitionId)})", ct);
            var result = await work();
            await transaction.CommitAsync(ct);
            _cache.ForgetPublished(definitionId);
            return result;
        }
        catch
        {
            _db.ChangeTracker.Clear();
            throw;
        }
    }
}
