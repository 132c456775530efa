namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>
/// A request to one recipient to confirm a message: by SMS reply code or through a signed link. Created with the
/// message, in the same transaction; confirmed at most once.
/// </summary>
public sealed class AckRequest
{
    public required string Id { get; set; }
    public string? InstanceId { get; set; }
    /// <summary>The sending activity: <c>WaitForAcknowledgement.of</c> points at it.</summary>
    public string? ActivityId { get; set; }
    public string? PersonId { get; set; }
    /// <summary>E.164 number the request was texted to (reply codes are unique among a phone's open requests).</summary>
    public string? Phone { get; set; }
    /// <summary>Short code (<c>12</c>) to text back; null when the request went by email only or the number cannot reply.</summary>
    public string? ReplyCode { get; set; }
    public AckStatus Status { get; set; }
    public string Language { get; set; } = "en";
    /// <summary>What the acknowledgement page shows (subject or SMS text).</summary>
    public required string Summary { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    /// <summary><c>Sms</c> or <c>Link</c>.</summary>
    public string? ConfirmedVia { get; set; }
}
