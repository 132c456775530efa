using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Outbox;

namespace BcmWorkflows.Server.Features.Outbox;

/// <summary>
/// One outbox message as <c>GET /api/outbox</c> shows it, with its status history and acknowledgement. <c>ackStatus</c> is
/// the acknowledgement's state as the person sees it on the link page: <c>Open</c>, <c>Confirmed</c>, <c>Expired</c> (past
/// its expiry and not confirmed) or <c>Closed</c> (the workflow stopped waiting); null when the message asks for none.
/// </summary>
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
    string? AckUrl,
    string? AckStatus,
    DateTimeOffset? AckExpiresAt,
    DateTimeOffset? AckConfirmedAt)
{
    public sealed record StatusChange(string Status, DateTimeOffset At, string? Detail, string? ErrorCode);

    public static OutboxMessageView From(OutboxMessage m, IEnumerable<OutboxStatusChange> history, AckRequest? ack, string? ackUrl, DateTimeOffset now) => new(
        m.Id, m.Channel.ToString(), m.Recipient, m.PersonId, m.InstanceId, m.ActivityId, m.TemplateKey, m.Language, m.Subject, m.Body, m.HtmlBody,
        m.Encoding, m.Segments, m.Status.ToString(), m.Attempts, m.LastError, m.ErrorCode, m.Sender, m.ProviderMessageId,
        m.Status == OutboxStatus.Pending ? m.NextAttemptAt : null, m.FallbackGroup, m.FallbackOrder, m.CreatedAt, m.UpdatedAt,
        [.. history.Select(h => new StatusChange(h.Status.ToString(), h.At, h.Detail, h.ErrorCode))],
        m.AckRequestId, ack?.ReplyCode, ackUrl, ack is null ? null : StatusOf(ack, now), ack?.ExpiresAt, ack?.ConfirmedAt);

    /// <summary>Confirmed wins over expiry (as on the link page); an unconfirmed request past its expiry is Expired.</summary>
    public static string StatusOf(AckRequest ack, DateTimeOffset now) =>
        ack.Status == global::BcmWorkflows.Notifications.Acknowledgements.AckStatus.Confirmed ? "Confirmed"
        : ack.ExpiresAt <= now ? "Expired"
        : ack.Status.ToString();
}
