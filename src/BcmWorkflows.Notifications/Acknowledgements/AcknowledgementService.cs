using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>
/// Confirms acknowledgement requests, exactly once whatever the channel: the row moves Open → Confirmed with a
/// conditional update, so two replies racing (an SMS and a link click, or a webhook retried on another node) confirm
/// once and the listeners hear of it once.
/// </summary>
public sealed class AcknowledgementService(INotificationsDb db, IEnumerable<IAcknowledgementListener> listeners, TimeProvider clock)
{
    /// <summary>
    /// Confirms <paramref name="request"/> (as the caller just read it) through <paramref name="via"/> (<c>Sms</c>,
    /// <c>Link</c>), then tells the listeners; the request is not read again.
    /// </summary>
    public async Task<ConfirmResult> ConfirmAsync(AckRequest request, string via, CancellationToken cancellationToken)
    {
        var result = await MarkConfirmedAsync(request.Id, via, cancellationToken);
        if (result == ConfirmResult.Confirmed)
        {
            var confirmed = new AckRequest
            {
                Id = request.Id, InstanceId = request.InstanceId, ActivityId = request.ActivityId, PersonId = request.PersonId,
                Phone = request.Phone, ReplyCode = request.ReplyCode, Language = request.Language, Summary = request.Summary,
                CreatedAt = request.CreatedAt, ExpiresAt = request.ExpiresAt,
                Status = AckStatus.Confirmed, ConfirmedAt = clock.GetUtcNow(), ConfirmedVia = via,
            };
            await NotifyConfirmedAsync(confirmed, cancellationToken);
        }
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
        if (request.ConfirmedAt is { } confirmedAt)
            NotificationsTelemetry.AcknowledgementLatency.Record(Math.Max(0, (confirmedAt - request.CreatedAt).TotalSeconds),
                new KeyValuePair<string, object?>("via", request.ConfirmedVia));
        foreach (var listener in listeners) await listener.OnConfirmedAsync(request, cancellationToken);
    }
}
