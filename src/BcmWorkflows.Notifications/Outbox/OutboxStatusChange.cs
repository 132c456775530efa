namespace BcmWorkflows.Notifications.Outbox;

/// <summary>One step of a message's status history: when, what, and why (provider detail, error code).</summary>
public sealed class OutboxStatusChange
{
    public long Id { get; set; }
    public required string MessageId { get; set; }
    public OutboxStatus Status { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Detail { get; set; }
    public string? ErrorCode { get; set; }
}
