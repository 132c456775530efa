using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Templates;

/// <summary>
/// Template keys as rendering and the API see them: the shipped files merged with coordinators' overrides. For each
/// key and file the newest <see cref="TemplateOverride"/> wins unless it is <see cref="TemplateOverride.Deleted"/>,
/// which means "back to the shipped file". Overrides are read from the database, so one stored on any node takes
/// effect for the next render; within one scope (a request, a workflow burst) a key is read once.
/// Writes save immediately (they are requests of their own, never part of a burst).
/// </summary>
public sealed class TemplateCatalog(INotificationsDb db, ShippedTemplates shipped, ScribanSandbox sandbox, TimeProvider clock)
{
    private const int SaveAttempts = 5;
    private readonly Dictionary<string, TemplateFileSet?> _loaded = new(StringComparer.Ordinal);

    /// <summary>Every key with at least one effective file (shipped or overridden), sorted by key.</summary>
    public async Task<IReadOnlyList<TemplateFileSet>> ListAsync(CancellationToken cancellationToken)
    {
        var overrides = await Newest(db.TemplateOverrides).ToListAsync(cancellationToken);
        var keys = shipped.Keys.Concat(overrides.Select(o => o.Key)).Distinct().Order(StringComparer.Ordinal);
        return keys.Select(key => Merge(key, overrides.Where(o => o.Key == key))).OfType<TemplateFileSet>().ToList();
    }

    /// <summary>The key's effective files, or null when the key has none (not shipped, or every override deleted).</summary>
    public async Task<TemplateFileSet?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (_loaded.TryGetValue(key, out var known)) return known;
        var overrides = await Newest(db.TemplateOverrides.Where(o => o.Key == key)).ToListAsync(cancellationToken);
        return _loaded[key] = Merge(key, overrides);
    }

    /// <summary>Every stored version of one file, newest first (deletions included).</summary>
    public async Task<IReadOnlyList<TemplateOverride>> VersionsAsync(string key, string file, CancellationToken cancellationToken) =>
        await db.TemplateOverrides.AsNoTracking()
            .Where(o => o.Key == key && o.File == file)
            .OrderByDescending(o => o.Version)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Stores <paramref name="content"/> as the next version of <paramref name="file"/> (the key need not exist yet).
    /// Throws <see cref="TemplateRenderException"/> when it does not parse; nothing is stored then.
    /// </summary>
    public async Task<TemplateOverride> SaveAsync(string key, string file, string content, string? by, CancellationToken cancellationToken)
    {
        Require(key, file);
        sandbox.Check(key, file, content);
        return await AddVersionAsync(key, file, content, deleted: false, by, cancellationToken);
    }

    /// <summary>
    /// Goes back to the shipped file (or, for a file that exists only as an override, removes it) by storing a deletion
    /// as the next version. Null when there is nothing to revert: no override, or the newest is already a deletion.
    /// </summary>
    public async Task<TemplateOverride?> RevertAsync(string key, string file, string? by, CancellationToken cancellationToken)
    {
        Require(key, file);
        var newest = await db.TemplateOverrides.AsNoTracking()
            .Where(o => o.Key == key && o.File == file)
            .OrderByDescending(o => o.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (newest is null || newest.Deleted) return null;
        return await AddVersionAsync(key, file, "", deleted: true, by, cancellationToken);
    }

    private async Task<TemplateOverride> AddVersionAsync(string key, string file, string content, bool deleted, string? by, CancellationToken cancellationToken)
    {
        _loaded.Remove(key);
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.TemplateOverrides.Where(o => o.Key == key && o.File == file)
                .MaxAsync(o => (int?)o.Version, cancellationToken) ?? 0;
            var row = new TemplateOverride
            {
                Key = key, File = file, Version = last + 1, Content = content, Deleted = deleted,
                CreatedBy = by, CreatedAt = clock.GetUtcNow(),
            };
            db.TemplateOverrides.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return row;
            }
            catch (DbUpdateException) when (attempt < SaveAttempts)
            {
                // Another coordinator stored the same version number first (unique key, file, version): number again.
                db.TemplateOverrides.Entry(row).State = EntityState.Detached;
            }
        }
    }

    private IQueryable<TemplateOverride> Newest(IQueryable<TemplateOverride> rows) =>
        rows.AsNoTracking().Where(o => o.Version == db.TemplateOverrides
            .Where(p => p.Key == o.Key && p.File == o.File)
            .Max(p => p.Version));

    private TemplateFileSet? Merge(string key, IEnumerable<TemplateOverride> newest)
    {
        var folder = shipped.Find(key);
        var files = new SortedDictionary<string, TemplateFile>(StringComparer.Ordinal);
        if (folder is not null)
        {
            foreach (var (name, content) in folder.Files) files[name] = new TemplateFile(name, content, TemplateOrigin.Shipped);
        }
        foreach (var row in newest)
        {
            if (row.Deleted) continue; // the shipped file, if any, stays
            files[row.File] = new TemplateFile(row.File, row.Content, TemplateOrigin.Override, row.Version, row.CreatedAt, row.CreatedBy);
        }
        return files.Count == 0 ? null : new TemplateFileSet(key, files, folder);
    }

    private static void Require(string key, string file)
    {
        if (!TemplateNames.IsValidKey(key)) throw new ArgumentException($"'{key}' is not a template key.", nameof(key));
        if (!TemplateNames.TryParseFile(file, out var baseName, out var language) || TemplateNames.FileName(baseName, language) != file)
            throw new ArgumentException($"'{file}' is not a template file name.", nameof(file));
    }
}
