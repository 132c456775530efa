namespace BcmWorkflows.Notifications.Sending;

/// <summary>What became of one recipient of a <see cref="MessageRequest"/>.</summary>
public sealed record RecipientOutcome
{
    /// <summary>As given: person id, number or address.</summary>
    public required string Recipient { get; init; }
    public string? PersonId { get; init; }
    public string? Name { get; init; }
    /// <summary>The first channel tried; null when the recipient was skipped.</summary>
    public Channel? Channel { get; init; }
    public string? Address { get; init; }
    public string? MessageId { get; init; }
    /// <summary>Channels kept in reserve (sent only if the one before fails for good), or sent alongside (one-way SMS countries).</summary>
    public IReadOnlyList<Channel> Fallbacks { get; init; } = [];
    public string? AckRequestId { get; init; }
    public string? ReplyCode { get; init; }
    public string? AckUrl { get; init; }
    /// <summary>Why nothing was queued for this recipient (unknown person, opted out, no address); null when queued.</summary>
    public string? Skipped { get; init; }
}
