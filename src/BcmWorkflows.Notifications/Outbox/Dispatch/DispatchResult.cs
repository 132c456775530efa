namespace BcmWorkflows.Notifications.Outbox.Dispatch;

/// <summary>
/// What one claimed message becomes: its new status and fields, the history row's detail, and whether it failed for
/// good (then its fallback is activated once the result is committed).
/// </summary>
internal sealed record DispatchResult(
    OutboxMessage Message,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset At,
    string? ProviderMessageId,
    string? Sender,
    string? LastError,
    string? ErrorCode,
    string Detail)
{
    public bool FailedForGood => Status == OutboxStatus.Failed;
}
