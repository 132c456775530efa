using BcmWorkflows.Notifications.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcmWorkflows.Notifications.Outbox;

/// <summary>
/// What happens after a message failed for good (a permanent error, retries exhausted, or an <c>undelivered</c> /
/// <c>failed</c> delivery report): the next Standby message of its fallback group becomes Pending now, and a Twilio
/// "unsubscribed" error (21610) opts the person with that phone number out of SMS. Each step is a conditional update,
/// so running it twice for the same failure changes nothing the second time.
/// </summary>
public sealed class OutboxFailureFollowUp(INotificationsDb db, TimeProvider clock, ILogger<OutboxFailureFollowUp> logger)
{
    /// <summary>
    /// Runs the follow-ups for <paramref name="failed"/> (as it was before failing: channel, recipient, fallback group
    /// and order) with the provider's <paramref name="errorCode"/>. Returns the id of the activated fallback message, if any.
    /// </summary>
    public async Task<string?> AfterFinalFailureAsync(OutboxMessage failed, string? errorCode, CancellationToken cancellationToken)
    {
        if (failed.Channel == Channel.Sms && errorCode == FailureClassifier.TwilioUnsubscribed.ToString())
            await OptOutOfSmsAsync(failed.Recipient, cancellationToken);
        return await ActivateFallbackAsync(failed, cancellationToken);
    }

    private async Task<string?> ActivateFallbackAsync(OutboxMessage failed, CancellationToken cancellationToken)
    {
        if (failed.FallbackGroup is not { } group) return null;
        var order = failed.FallbackOrder;
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.FallbackGroup == group && m.Status == OutboxStatus.Standby && m.FallbackOrder > order)
            .OrderBy(m => m.FallbackOrder)
            .Select(m => new { m.Id, m.Channel })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var next in candidates)
        {
            var changed = await db.OutboxMessages
                .Where(m => m.Id == next.Id && m.Status == OutboxStatus.Standby)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Pending)
                    .SetProperty(m => m.NextAttemptAt, now)
                    .SetProperty(m => m.UpdatedAt, now), cancellationToken);
            if (changed == 0) continue; // activated by someone else in the meantime: try the one after it
            db.OutboxStatusChanges.Add(new OutboxStatusChange
            {
                MessageId = next.Id,
                Status = OutboxStatus.Pending,
                At = now,
                Detail = $"Fallback: {failed.Channel} message {failed.Id} failed",
            });
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("{Channel} message {MessageId} failed; fallback {FallbackChannel} message {FallbackId} activated",
                failed.Channel, failed.Id, next.Channel, next.Id);
            return next.Id;
        }
        logger.LogInformation("{Channel} message {MessageId} failed with no fallback left in group {FallbackGroup}", failed.Channel, failed.Id, group);
        return null;
    }

    private async Task OptOutOfSmsAsync(string phone, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var people = await db.People
            .Where(p => p.Phone == phone && p.SmsOptedOutAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.SmsOptedOutAt, now)
                .SetProperty(p => p.UpdatedAt, now)
                .SetProperty(p => p.Revision, p => p.Revision + 1), cancellationToken);
        if (people > 0)
            logger.LogInformation("Twilio reports the recipient unsubscribed (21610): {Count} person(s) opted out of SMS", people);
    }
}
