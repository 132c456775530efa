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

    /// <summary>
    /// Open codes of <paramref name="phone"/> among tracked requests (added or loaded, not deleted). Change detection is
    /// switched off while reading: the entities' current values are read directly, and a burst that stages thousands
    /// of messages must not pay a full DetectChanges per allocation.
    /// </summary>
    private List<string> StagedOpenCodes(string phone)
    {
        var tracker = db.AckRequests.GetService<ICurrentDbContext>().Context.ChangeTracker;
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.AckRequests.Local
                .Where(a => a.Phone == phone && a.Status == AckStatus.Open && a.ReplyCode is not null)
                .Select(a => a.ReplyCode!)
                .ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
