using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Outbox;

namespace BcmWorkflows.Server.Features.Outbox;

/// <summary>One outbox message as <c>GET /api/outbox</c> shows it, with its status history and acknowledgement.</summary>
public sealed record OutboxMessageView(
    string Id,
    string Channel,
    string Recipient,
    string? PersonId,
    string? InstanceId,
    string? ActivityId,
    string? TemplateKey,
    string Language,
    string? Subject,
    string Body,
    string? HtmlBody,
    string? Encoding,
    int Segments,
    string Status,
    int Attempts,
    string? LastError,
    string? ErrorCode,
    string? Sender,
    string? ProviderMessageId,
    DateTimeOffset? NextAttemptAt,
    string? FallbackGroup,
    int FallbackOrder,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<OutboxMessageView.StatusChange> StatusHistory,
    string? AckRequestId,
    string? ReplyCode,
    string? AckUrl)
{
    public sealed record StatusChange(string Status, DateTimeOffset At, string? Detail, string? ErrorCode);

    public static OutboxMessageView From(OutboxMessage m, IEnumerable<OutboxStatusChange> history, AckRequest? ack, string? ackUrl) => new(
        m.Id, m.Channel.ToString(), m.Recipient, m.PersonId, m.InstanceId, m.ActivityId, m.TemplateKey, m.Language, m.Subject, m.Body, m.HtmlBody,
        m.Encoding, m.Segments, m.Status.ToString(), m.Attempts, m.LastError, m.ErrorCode, m.Sender, m.ProviderMessageId,
        m.Status == OutboxStatus.Pending ? m.NextAttemptAt : null, m.FallbackGroup, m.FallbackOrder, m.CreatedAt, m.UpdatedAt,
        [.. history.Select(h => new StatusChange(h.Status.ToString(), h.At, h.Detail, h.ErrorCode))],
        m.AckRequestId, ack?.ReplyCode, ackUrl);
}
