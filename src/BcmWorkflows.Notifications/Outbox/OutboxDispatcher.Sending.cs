using BcmWorkflows.Notifications.Channels;
using BcmWorkflows.Notifications.Outbox.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BcmWorkflows.Notifications.Outbox;

public sealed partial class OutboxDispatcher
{
    private static readonly TimeSpan[] RecordRetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    private async Task<DispatchResult> SendOneAsync(OutboxMessage message, DateTimeOffset startBy, CancellationToken stopping)
    {
        var channel = _channels.For(message.Channel);
        if (stopping.IsCancellationRequested) return PutBack(message, channel, _clock.GetUtcNow(), "Dispatcher stopping; not attempted");

        if (channel.UnitsPerSecond > 0)
        {
            var now = _clock.GetUtcNow();
            var maxWait = Min(startBy - now, _options.ClaimTimeout / 4);
            var slot = _throttle.Reserve(channel.Sender, channel.UnitsOf(message), channel.UnitsPerSecond, maxWait);
            if (!slot.Granted)
                return PutBack(message, channel, slot.At, $"Throttled: sender {channel.Sender} is busy until {slot.At:O}");
            if (slot.Wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(slot.Wait, _clock, stopping);
                }
                catch (OperationCanceledException)
                {
                    return PutBack(message, channel, _clock.GetUtcNow(), "Dispatcher stopping; not attempted");
                }
            }
        }

        await _sendSlots.WaitAsync(CancellationToken.None);
        if (_clock.GetUtcNow() > startBy)
        {
            // Waited so long for a free slot (a provider that hangs) that the send could outlive the claim.
            _sendSlots.Release();
            return PutBack(message, channel, _clock.GetUtcNow(), "Not attempted before the claim ran out; back in the queue");
        }
        // The history records when the message was handed to the provider (its throttle slot), not when the reply came.
        var startedAt = _clock.GetUtcNow();
        SendOutcome outcome;
        // Real time on purpose: the timeout guards a network call, not workflow time.
        using (var timeout = new CancellationTokenSource(SendTimeout))
        {
            try
            {
                outcome = await channel.SendAsync(message, timeout.Token);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "{Provider} failed unexpectedly on message {MessageId}", channel.Name, message.Id);
                outcome = SendOutcome.Transient("error", ex.Message);
            }
            finally
            {
                _sendSlots.Release();
            }
        }
        return Judge(message, channel, outcome, startedAt);
    }

    private DispatchResult Judge(OutboxMessage message, IMessageChannel channel, SendOutcome outcome, DateTimeOffset at)
    {
        var attempts = message.Attempts + 1;
        switch (outcome.Kind)
        {
            case SendOutcomeKind.Accepted:
                return new DispatchResult(message, OutboxStatus.Sent, attempts, at, at, outcome.ProviderMessageId, channel.Sender, null, null,
                    $"{channel.Name}: {outcome.ProviderStatus ?? "accepted"}");
            case SendOutcomeKind.TransientFailure when attempts < _options.MaxAttempts:
                var next = at + RetrySchedule.Delay(attempts, _options, Random.Shared);
                return new DispatchResult(message, OutboxStatus.Pending, attempts, next, at, null, channel.Sender, outcome.Error, outcome.ErrorCode,
                    $"{channel.Name}: attempt {attempts} failed, next at {next:O}: {outcome.Error}");
            default:
                var why = outcome.Kind == SendOutcomeKind.PermanentFailure ? "permanent failure" : $"gave up after {attempts} attempts";
                _logger.LogWarning("{Channel} message {MessageId} failed for good via {Provider} ({Why}): {ErrorCode} {Error}",
                    message.Channel, message.Id, channel.Name, why, outcome.ErrorCode, outcome.Error);
                return new DispatchResult(message, OutboxStatus.Failed, attempts, at, at, null, channel.Sender, outcome.Error, outcome.ErrorCode,
                    $"{channel.Name}: {why}: {outcome.Error}");
        }
    }

    /// <summary>Back to Pending without counting an attempt (nothing reached the provider).</summary>
    private DispatchResult PutBack(OutboxMessage message, IMessageChannel channel, DateTimeOffset nextAttemptAt, string detail) =>
        new(message, OutboxStatus.Pending, message.Attempts, nextAttemptAt, _clock.GetUtcNow(), null, channel.Sender, message.LastError, message.ErrorCode, detail);

    /// <summary>
    /// Writes the results, retrying a few times: a result that is never written means a message sent again after its
    /// claim expires. Then the follow-ups of the messages that failed for good.
    /// </summary>
    private async Task RecordAsync(DispatchResult[] results)
    {
        HashSet<string>? applied = null;
        for (var attempt = 0; applied is null; attempt++)
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<INotificationsDb>();
                applied = await OutboxQueue.For(db).CompleteAsync(db, NodeId, results, CancellationToken.None);
            }
            catch (Exception ex) when (attempt < RecordRetryDelays.Length)
            {
                _logger.LogWarning(ex, "Recording {Count} outbox results failed; retrying", results.Length);
                // Real time: a database that is down does not come back on a test's fake clock.
                await Task.Delay(RecordRetryDelays[attempt]);
            }
        }

        RecordMetrics(results, applied);
        var lost = results.Length - applied.Count;
        if (lost > 0)
            _logger.LogWarning("{Lost} outbox result(s) not recorded by {NodeId}: their claim had expired and another node took them", lost, NodeId);
        _logger.LogDebug("Outbox round on {NodeId}: {Sent} sent, {Retrying} to retry, {Failed} failed",
            NodeId, results.Count(r => r.Status == OutboxStatus.Sent), results.Count(r => r.Status == OutboxStatus.Pending),
            results.Count(r => r.FailedForGood));

        foreach (var failed in results.Where(r => r.FailedForGood && applied.Contains(r.Message.Id)))
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<INotificationsDb>();
                await using var transaction = await db.Context().Database.BeginTransactionAsync();
                await scope.ServiceProvider.GetRequiredService<OutboxFailureFollowUp>().AfterFinalFailureAsync(failed.Message, failed.ErrorCode, CancellationToken.None);
                await transaction.CommitAsync();
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Fallback for failed message {MessageId} could not be activated", failed.Message.Id);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static void RecordMetrics(DispatchResult[] results, HashSet<string> applied)
    {
        foreach (var result in results)
        {
            if (!applied.Contains(result.Message.Id)) continue;
            var channel = new KeyValuePair<string, object?>("channel", result.Message.Channel.ToString());
            var outcome = result.Status == OutboxStatus.Sent ? "sent" : result.FailedForGood ? "failed" : "retry";
            NotificationsTelemetry.Deliveries.Add(1, channel, new KeyValuePair<string, object?>("result", outcome));
            if (result.Status == OutboxStatus.Sent)
                NotificationsTelemetry.OutboxLag.Record(Math.Max(0, (result.At - result.Message.CreatedAt).TotalSeconds), channel);
        }
    }
}
