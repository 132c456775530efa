using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Acknowledgements;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.CallTrees;

/// <summary>
/// The reads a running call tree (the RunCallTree activity) needs, kept in the domain so that the activity library
/// stays free of EF Core: the tree, its activation (tracked, to update it in the burst), the incident, and the earlier
/// waves' non-responders.
/// </summary>
public sealed class CallTreeRuns(IDomainDb db, INotificationsDb notifications)
{
    public Task<CallTree?> TreeAsync(string id, CancellationToken ct) => db.CallTrees.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>The activation, tracked: changes commit with the caller's unit of work.</summary>
    public Task<CallTreeActivation?> ActivationAsync(string id, CancellationToken ct) => db.CallTreeActivations.FirstOrDefaultAsync(a => a.Id == id, ct);

    public CallTreeActivation Add(CallTreeActivation activation) => db.CallTreeActivations.Add(activation).Entity;

    public Task<bool> IncidentExistsAsync(string id, CancellationToken ct) => db.Incidents.AnyAsync(i => i.Id == id, ct);

    public Task<string?> IncidentTitleAsync(string id, CancellationToken ct) =>
        db.Incidents.AsNoTracking().Where(i => i.Id == id).Select(i => (string?)i.Title).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Of <paramref name="candidates"/>, who was asked in this run (requests keyed <c>{prefix}.w…</c>) and has not confirmed
    /// any of them, in the order given. One indexed read per wave start, never per confirmation.
    /// </summary>
    public async Task<List<string>> NonRespondersAsync(string instanceId, string prefix, IEnumerable<string> candidates, CancellationToken ct)
    {
        var like = prefix + ".w";
        var rows = await notifications.AckRequests.AsNoTracking()
            .Where(a => a.InstanceId == instanceId && a.ActivityId!.StartsWith(like) && a.PersonId != null)
            .Select(a => new { a.PersonId, Confirmed = a.Status == AckStatus.Confirmed })
            .ToListAsync(ct);
        var confirmed = rows.Where(r => r.Confirmed).Select(r => r.PersonId!).ToHashSet(StringComparer.Ordinal);
        var asked = rows.Select(r => r.PersonId!).ToHashSet(StringComparer.Ordinal);
        return candidates.Distinct(StringComparer.Ordinal).Where(p => asked.Contains(p) && !confirmed.Contains(p)).ToList();
    }
}
