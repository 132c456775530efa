using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>
/// Confirms acknowledgement requests, exactly once whatever the channel: the row moves Open → Confirmed with a
/// conditional update, so two replies racing (an SMS and a link click, or a webhook retried on another node) confirm
/// once and the listeners hear of it once.
/// </summary>
public sealed class AcknowledgementService(INotificationsDb db, IEnumerable<IAcknowledgementListener> listeners, TimeProvider clock)
{
    /// <summary>Confirms <paramref name="ackRequestId"/> through <paramref name="via"/> (<c>Sms</c>, <c>Link</c>), then tells the listeners.</summary>
    public async Task<ConfirmResult> ConfirmAsync(string ackRequestId, string via, CancellationToken cancellationToken)
    {
        var result = await MarkConfirmedAsync(ackRequestId, via, cancellationToken);
        if (result != ConfirmResult.Confirmed) return result;
        var request = await db.AckRequests.AsNoTracking().FirstAsync(a => a.Id == ackRequestId, cancellationToken);
        await NotifyConfirmedAsync(request, cancellationToken);
        return result;
    }

    /// <summary>
    /// The conditional update alone, in the caller's transaction if it has one (the inbound webhook records the SMS
    /// and the confirmation in one commit). The caller tells the listeners after its commit
    /// (<see cref="NotifyConfirmedAsync"/>) when the result is <see cref="ConfirmResult.Confirmed"/>.
    /// </summary>
    public async Task<ConfirmResult> MarkConfirmedAsync(string ackRequestId, string via, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await db.AckRequests
            .Where(a => a.Id == ackRequestId && a.Status == AckStatus.Open && a.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Status, AckStatus.Confirmed)
                .SetProperty(a => a.ConfirmedAt, now)
                .SetProperty(a => a.ConfirmedVia, via), cancellationToken);
        if (changed == 1) return ConfirmResult.Confirmed;
        var status = await db.AckRequests.AsNoTracking().Where(a => a.Id == ackRequestId).Select(a => (AckStatus?)a.Status).FirstOrDefaultAsync(cancellationToken);
        return status switch
        {
            null => ConfirmResult.NotFound,
            AckStatus.Confirmed => ConfirmResult.AlreadyConfirmed,
            _ => ConfirmResult.Closed,
        };
    }

    /// <summary>Tells the listeners (the server resumes the waiting workflow) of a committed confirmation.</summary>
    public async Task NotifyConfirmedAsync(AckRequest request, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners) await listener.OnConfirmedAsync(request, cancellationToken);
    }
}
