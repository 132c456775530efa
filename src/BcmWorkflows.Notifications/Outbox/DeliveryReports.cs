using BcmWorkflows.Notifications.Channels;
using BcmWorkflows.Notifications.Sms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcmWorkflows.Notifications.Outbox;

/// <summary>
/// Records delivery reports (Twilio status callbacks) on the message they name, found by its provider id. A status only
/// moves forward in <see cref="OutboxStatus"/> order: a repeated report changes nothing and writes no history, a late
/// one (<c>sent</c> after <c>delivered</c>) is ignored. Undelivered and failed run the failure follow-ups (fallback
/// channel, SMS opt-out on 21610) once, when the message first turns into a failure. All in one transaction.
/// </summary>
public sealed class DeliveryReports(INotificationsDb db, OutboxFailureFollowUp followUp, TimeProvider clock, ILogger<DeliveryReports> logger)
{
    /// <summary>Records that Twilio reported <paramref name="twilioStatus"/> (with <paramref name="errorCode"/>, if any) for <paramref name="messageSid"/>.</summary>
    public async Task<DeliveryReportResult> RecordTwilioAsync(string messageSid, string twilioStatus, string? errorCode, CancellationToken cancellationToken)
    {
        if (!TwilioDeliveryStatus.TryMap(twilioStatus, out var reported)) return DeliveryReportResult.IgnoredStatus;
        errorCode = string.IsNullOrWhiteSpace(errorCode) || errorCode == "0" ? null : errorCode.Trim();
        var reason = FailureClassifier.ClassifyTwilioCode(errorCode)?.Reason;
        var detail = $"{TwilioSmsChannel.ProviderName}: {twilioStatus.ToLowerInvariant()}" + (errorCode is null ? "" : $" (error {errorCode}{(reason is null ? "" : $": {reason}")})");

        // Two reports for one message racing (on two nodes): the update is conditional on the status read, so the loser reads again.
        for (var round = 0; round < 5; round++)
        {
            var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.ProviderMessageId == messageSid, cancellationToken);
            if (message is null)
            {
                logger.LogInformation("Delivery report {Status} for unknown provider message {MessageSid} ignored", twilioStatus, messageSid);
                return DeliveryReportResult.UnknownMessage;
            }
            if (reported == message.Status) return DeliveryReportResult.Duplicate;
            if (reported < message.Status)
            {
                logger.LogDebug("Late delivery report {Status} for message {MessageId} (already {Current}) ignored", twilioStatus, message.Id, message.Status);
                return DeliveryReportResult.Stale;
            }

            var now = clock.GetUtcNow();
            var failure = reported is OutboxStatus.Undelivered or OutboxStatus.Failed;
            await using var transaction = await db.Context().Database.BeginTransactionAsync(cancellationToken);
            var current = message.Status;
            var changed = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.Status == current)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, reported)
                    .SetProperty(m => m.UpdatedAt, now)
                    .SetProperty(m => m.ErrorCode, m => errorCode ?? m.ErrorCode)
                    .SetProperty(m => m.LastError, m => failure ? detail : m.LastError), cancellationToken);
            if (changed == 0) continue;

            db.OutboxStatusChanges.Add(new OutboxStatusChange { MessageId = message.Id, Status = reported, At = now, Detail = detail, ErrorCode = errorCode });
            await db.SaveChangesAsync(cancellationToken);
            // Undelivered then failed: the fallback was activated by the first of the two.
            if (failure && current < OutboxStatus.Undelivered) await followUp.AfterFinalFailureAsync(message, errorCode, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Message {MessageId} is {Status} (reported by Twilio)", message.Id, reported);
            return DeliveryReportResult.Applied;
        }
        throw new InvalidOperationException($"Delivery report for {messageSid} kept losing races; giving up.");
    }
}
