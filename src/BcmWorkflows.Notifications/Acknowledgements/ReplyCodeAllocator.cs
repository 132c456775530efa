using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>
/// Allocates SMS reply codes: a random free two-digit code (10–99), three digits once a phone has 90 open requests,
/// and so on. "Free" means no open request of that phone uses it, neither in the database (one indexed query: the
/// unique partial index on open codes) nor staged in the current unit of work (tracked, not yet saved).
/// <para>
/// Random rather than lowest-free on purpose: with lowest-free, every first request a phone gets is "10", so a late
/// reply to an old, closed request ("10") would confirm the new one. A random code makes such a stale reply hit a
/// different, unknown code (and get a clear answer) 89 times in 90. The unique index still guards the rare race of
/// two units of work picking the same code for the same phone: the second one's save fails instead of confusing codes.
/// </para>
/// </summary>
public sealed class ReplyCodeAllocator(INotificationsDb db) : IReplyCodes
{
    private const int MaxDigits = 6;

    /// <summary>Phones per query when a batch reads the stored open codes (keeps each statement's parameter list modest).</summary>
    private const int PhonesPerQuery = 1000;

    public async Task<string> AllocateAsync(string phone, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var stored = await db.AckRequests
            .Where(a => a.Phone == phone && a.Status == AckStatus.Open && a.ReplyCode != null)
            .Select(a => a.ReplyCode!)
            .ToListAsync(cancellationToken);
        used.UnionWith(stored);
        used.UnionWith(StagedOpenCodes(phone));
        return Pick(phone, used);
    }

    /// <summary>
    /// One query per 1,000 phones (the same partial index) and one pass over the staged requests, instead of a query
    /// and a pass per recipient: a 5,000-person wave composed one allocation at a time spent most of its time here.
    /// </summary>
    public async Task<ReplyCodeBatch> BatchAsync(IEnumerable<string> phones, CancellationToken cancellationToken)
    {
        var used = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var phone in phones)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(phone);
            used.TryAdd(phone, new HashSet<string>(StringComparer.Ordinal));
        }
        foreach (var chunk in used.Keys.Chunk(PhonesPerQuery))
        {
            var stored = await db.AckRequests
                .Where(a => chunk.Contains(a.Phone!) && a.Status == AckStatus.Open && a.ReplyCode != null)
                .Select(a => new { Phone = a.Phone!, Code = a.ReplyCode! })
                .ToListAsync(cancellationToken);
            foreach (var row in stored) used[row.Phone].Add(row.Code);
        }
        foreach (var (phone, code) in StagedOpenCodes(used.Keys.ToHashSet(StringComparer.Ordinal)))
            used[phone].Add(code);
        return new ReplyCodeBatch(used);
    }

    /// <summary>A random code of the fewest digits that is not in <paramref name="used"/>.</summary>
    internal static string Pick(string phone, IReadOnlySet<string> used)
    {
        for (var digits = 2; digits <= MaxDigits; digits++)
        {
            int low = (int)Math.Pow(10, digits - 1), high = low * 10;
            var free = Enumerable.Range(low, high - low)
                .Select(n => n.ToString(CultureInfo.InvariantCulture))
                .Where(code => !used.Contains(code))
                .ToList();
            if (free.Count > 0) return free[Random.Shared.Next(free.Count)];
        }
        throw new InvalidOperationException($"Phone {phone} has every reply code of up to {MaxDigits} digits open.");
    }

    /// <summary>Open codes of <paramref name="phone"/> among tracked requests (added or loaded, not deleted).</summary>
    private List<string> StagedOpenCodes(string phone) =>
        StagedOpenCodes(new HashSet<string>(StringComparer.Ordinal) { phone }).Select(s => s.Code).ToList();

    /// <summary>
    /// Open codes of the <paramref name="phones"/> among tracked requests (added or loaded, not deleted). Change detection
    /// is switched off while reading: the entities' current values are read directly, and a burst that stages thousands
    /// of messages must not pay a full DetectChanges per allocation.
    /// </summary>
    private List<(string Phone, string Code)> StagedOpenCodes(HashSet<string> phones)
    {
        var tracker = db.AckRequests.GetService<ICurrentDbContext>().Context.ChangeTracker;
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.AckRequests.Local
                .Where(a => a.Phone is not null && phones.Contains(a.Phone) && a.Status == AckStatus.Open && a.ReplyCode is not null)
                .Select(a => (a.Phone!, a.ReplyCode!))
                .ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
