using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Model;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

/// <summary>
/// Definition versioning (Elsa's model): rows per version with at most one latest and one published
/// version per definition; every version's content is an immutable snapshot. Each change runs in one
/// transaction under a per-definition lock (PostgreSQL advisory lock; on SQLite a keyed lock), so
/// concurrent saves never produce duplicate versions or two latest flags; unique indexes back this up.
/// Callers validate definitions first.
/// </summary>
public sealed partial class WorkflowDefinitionService
{
    private readonly BcmDbContext _db;
    private readonly TimeProvider _clock;
    private readonly SnapshotCache _cache;

    internal WorkflowDefinitionService(BcmDbContext db, TimeProvider clock, SnapshotCache cache)
    {
        _db = db;
        _clock = clock;
        _cache = cache;
    }

    /// <summary>
    /// Saves a draft: a new id becomes version 1 (<see cref="SaveDraftResult.Created"/>); when the latest
    /// version is published a new version n+1 becomes the latest draft; otherwise the latest draft is
    /// overwritten (it points at a new snapshot; older snapshots stay for the instances that run on them).
    /// Server-owned fields of <paramref name="definition"/> are ignored. With <paramref name="ifMatch"/> (an
    /// <see cref="DefinitionStamp.ETag"/>) the save happens only if the latest version is still the one read, else
    /// <see cref="DefinitionChangedException"/>; with <paramref name="mustBeNew"/> (<c>If-None-Match: *</c>) only if
    /// the id is not taken yet.
    /// </summary>
    public Task<SaveDraftResult> SaveDraftAsync(WorkflowDefinition definition, string? user, CancellationToken ct, string? ifMatch = null, bool mustBeNew = false) =>
        LockedAsync(CheckId(definition.DefinitionId), async () =>
        {
            if (mustBeNew && await LatestAsync(definition.DefinitionId, ct) is { } taken) throw new DefinitionChangedException(StampOf(taken), exists: true);
            await CheckStampAsync(definition.DefinitionId, ifMatch, ct);
            return await SaveDraftCoreAsync(definition, user, ct);
        }, ct);

    /// <summary>
    /// Publishes the latest version (nothing changes if it already is), moves the published flag to it and
    /// replaces the definition's trigger rows with its triggers. Null for an unknown id.
    /// </summary>
    public Task<PublishResult?> PublishAsync(string definitionId, string? user, CancellationToken ct, string? ifMatch = null) =>
        LockedAsync(definitionId, async () =>
        {
            await CheckStampAsync(definitionId, ifMatch, ct);
            return await PublishCoreAsync(definitionId, user, ct);
        }, ct);

    /// <summary>Nothing published any more (running instances go on); trigger rows removed. False for an unknown id.</summary>
    public Task<bool> RetractAsync(string definitionId, string? user, CancellationToken ct) =>
        LockedAsync(definitionId, async () =>
        {
            var latest = await LatestAsync(definitionId, ct);
            if (latest is null) return false;
            var retracted = await UnpublishAsync(definitionId, ct);
            await _db.WorkflowTriggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(ct);
            if (retracted) Touch(latest, user);
            await _db.SaveChangesAsync(ct);
            return true;
        }, ct);

    /// <summary>Copies version <paramref name="version"/> forward as a new draft version (latest + 1). Null when the definition or version is unknown.</summary>
    public Task<SaveDraftResult?> RevertAsync(string definitionId, int version, string? user, CancellationToken ct) =>
        LockedAsync(definitionId, async () =>
        {
            var source = await _db.WorkflowDefinitions.AsNoTracking()
                .Where(d => d.DefinitionId == definitionId && d.Version == version)
                .Join(_db.WorkflowSnapshots, d => d.SnapshotId, s => s.SnapshotId, (d, s) => new { d.Name, d.Description, s.Json })
                .FirstOrDefaultAsync(ct);
            var latest = await LatestAsync(definitionId, ct);
            if (source is null || latest is null) return null;
            var created = await AddVersionAsync(latest, definitionId, source.Name, source.Description, source.Json, user, ct);
            return new SaveDraftResult(definitionId, created.Version, true, false, false);
        }, ct);

    /// <summary>
    /// Brings a shipped definition file in: an absent id is saved and published (<see cref="ImportOutcome.Created"/>);
    /// when the file's canonical JSON differs from the latest version a new version is saved and published
    /// (<see cref="ImportOutcome.Updated"/>); otherwise <see cref="ImportOutcome.Unchanged"/> and untouched: a
    /// coordinator's retract or draft stays as it is. "Changed" is measured against the version <paramref name="user"/>
    /// last imported, so an unchanged file leaves a draft that someone saved on top of it alone.
    /// All in one transaction, so concurrent starters import once.
    /// </summary>
    public Task<ImportOutcome> ImportAsync(WorkflowDefinition definition, string user, CancellationToken ct) =>
        LockedAsync(CheckId(definition.DefinitionId), async () =>
        {
            var id = definition.DefinitionId;
            var latest = await LatestAsync(id, ct);
            ImportOutcome outcome;
            if (latest is null) outcome = ImportOutcome.Created;
            else
            {
                // Compare with what the file gave last time: a coordinator's draft saved on top of it is not a change of the file.
                var imported = await _db.WorkflowDefinitions.AsNoTracking()
                    .Where(d => d.DefinitionId == id && d.CreatedBy == user).OrderByDescending(d => d.Version)
                    .Select(d => new { d.Version, d.SnapshotId }).FirstOrDefaultAsync(ct);
                var compareWith = imported?.SnapshotId ?? latest.SnapshotId;
                var stored = await _db.WorkflowSnapshots.Where(s => s.SnapshotId == compareWith).Select(s => s.Json).FirstAsync(ct);
                outcome = DefinitionJson.Canonical(stored) == DefinitionJson.Canonical(DefinitionJson.Serialize(definition))
                    ? ImportOutcome.Unchanged
                    : ImportOutcome.Updated;
            }
            if (outcome != ImportOutcome.Unchanged)
            {
                await SaveDraftCoreAsync(definition, user, ct);
                await PublishCoreAsync(id, user, ct);
            }
            return outcome;
        }, ct);

    private async Task<SaveDraftResult> SaveDraftCoreAsync(WorkflowDefinition definition, string? user, CancellationToken ct)
    {
        var id = definition.DefinitionId;
        var json = DefinitionJson.Serialize(definition);
        var latest = await LatestAsync(id, ct);
        if (latest is null || latest.IsPublished)
        {
            var created = await AddVersionAsync(latest, id, definition.Name, definition.Description, json, user, ct);
            return new SaveDraftResult(id, created.Version, true, false, latest is null);
        }
        latest.SnapshotId = await EnsureSnapshotAsync(id, latest.Version, json, ct);
        latest.Name = definition.Name;
        latest.Description = definition.Description;
        Touch(latest, user);
        await _db.SaveChangesAsync(ct);
        return new SaveDraftResult(id, latest.Version, true, false, false);
    }

    private async Task<PublishResult?> PublishCoreAsync(string definitionId, string? user, CancellationToken ct)
    {
        var latest = await LatestAsync(definitionId, ct);
        if (latest is null) return null;
        if (!latest.IsPublished)
        {
            // Clear the old flag first: the partial unique index allows one published row at any moment.
            await UnpublishAsync(definitionId, ct);
            latest.IsPublished = true;
            Touch(latest, user);
        }
        var json = await _db.WorkflowSnapshots.Where(s => s.SnapshotId == latest.SnapshotId).Select(s => s.Json).FirstAsync(ct);
        var triggers = Engine.Serialization.WorkflowJson.ParseDefinition(json).Triggers;
        await _db.WorkflowTriggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(ct);
        for (var i = 0; i < triggers.Count; i++)
        {
            _db.WorkflowTriggers.Add(new WorkflowTriggerRecord
            {
                DefinitionId = definitionId,
                Version = latest.Version,
                Type = triggers[i].Type,
                EventName = triggers[i].EventName,
                CronExpression = triggers[i].Expression,
                Index = i,
            });
        }
        await _db.SaveChangesAsync(ct);
        return new PublishResult(definitionId, latest.Version, triggers);
    }

    /// <summary>Adds version latest+1 (or 1) as the new latest draft; the old latest row loses its flag first.</summary>
    private async Task<WorkflowDefinitionRecord> AddVersionAsync(WorkflowDefinitionRecord? latest, string definitionId,
        string name, string? description, string json, string? user, CancellationToken ct)
    {
        var version = latest?.Version + 1
            ?? (await _db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId).MaxAsync(d => (int?)d.Version, ct) ?? 0) + 1;
        if (latest is not null)
        {
            latest.IsLatest = false;
            await _db.SaveChangesAsync(ct);
        }
        var now = _clock.GetUtcNow();
        var record = new WorkflowDefinitionRecord
        {
            DefinitionId = definitionId,
            Version = version,
            IsLatest = true,
            Name = name,
            Description = description,
            SnapshotId = await EnsureSnapshotAsync(definitionId, version, json, ct),
            CreatedAt = now,
            CreatedBy = user,
            UpdatedAt = now,
            UpdatedBy = user,
        };
        _db.WorkflowDefinitions.Add(record);
        await _db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>Content-addressed: saving the same content for the same version again reuses the row.</summary>
    private async Task<string> EnsureSnapshotAsync(string definitionId, int version, string json, CancellationToken ct)
    {
        var snapshotId = DefinitionJson.SnapshotId(definitionId, version, json);
        if (await _db.WorkflowSnapshots.AnyAsync(s => s.SnapshotId == snapshotId, ct)) return snapshotId;
        _db.WorkflowSnapshots.Add(new WorkflowSnapshotRecord
        {
            SnapshotId = snapshotId,
            DefinitionId = definitionId,
            Version = version,
            Json = json,
            CreatedAt = _clock.GetUtcNow(),
        });
        return snapshotId;
    }

    /// <summary>Clears the published flag (tracked, so entities loaded earlier in this scope stay true to the database).</summary>
    private async Task<bool> UnpublishAsync(string definitionId, CancellationToken ct)
    {
        var published = await _db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId && d.IsPublished).ToListAsync(ct);
        foreach (var record in published) record.IsPublished = false;
        await _db.SaveChangesAsync(ct);
        return published.Count > 0;
    }

    private async Task CheckStampAsync(string definitionId, string? ifMatch, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*") return;
        var latest = await LatestAsync(definitionId, ct);
        var stamp = latest is null ? null : StampOf(latest);
        if (stamp?.ETag != ifMatch.Trim()) throw new DefinitionChangedException(stamp);
    }

    private static DefinitionStamp StampOf(WorkflowDefinitionRecord record) =>
        new(record.DefinitionId, record.Version, record.IsPublished, record.UpdatedAt, record.UpdatedBy);

    private Task<WorkflowDefinitionRecord?> LatestAsync(string definitionId, CancellationToken ct) =>
        _db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.IsLatest, ct);

    private void Touch(WorkflowDefinitionRecord record, string? user)
    {
        record.UpdatedAt = _clock.GetUtcNow();
        record.UpdatedBy = user;
    }

    private static string CheckId(string definitionId)
    {
        if (string.IsNullOrWhiteSpace(definitionId) || definitionId.Length > 100)
            throw new ArgumentException("A definition id is required and has at most 100 characters.", nameof(definitionId));
        return definitionId;
    }
}
