using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>
/// Confirms acknowledgement requests, exactly once whatever the channel: the row moves Open → Confirmed with a
/// conditional update, so two replies racing (an SMS and a link click, or a webhook retried on another node) confirm
/// once and the listeners hear of it once.
/// </summary>
public sealed class AcknowledgementService(INotificationsDb db, IEnumerable<IAcknowledgementListener> listeners, TimeProvider clock)
{
    /// <summary>Confirms <paramref name="ackRequestId"/> through <paramref name="via"/> (<c>Sms</c>, <c>Link</c>).</summary>
    public async Task<ConfirmResult> ConfirmAsync(string ackRequestId, string via, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await db.AckRequests
            .Where(a => a.Id == ackRequestId && a.Status == AckStatus.Open && a.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Status, AckStatus.Confirmed)
                .SetProperty(a => a.ConfirmedAt, now)
                .SetProperty(a => a.ConfirmedVia, via), cancellationToken);
        var request = await db.AckRequests.AsNoTracking().FirstOrDefaultAsync(a => a.Id == ackRequestId, cancellationToken);
        if (request is null) return ConfirmResult.NotFound;
        if (changed == 0)
            return request.Status == AckStatus.Confirmed ? ConfirmResult.AlreadyConfirmed : ConfirmResult.Closed;
        foreach (var listener in listeners) await listener.OnConfirmedAsync(request, cancellationToken);
        return ConfirmResult.Confirmed;
    }
}
