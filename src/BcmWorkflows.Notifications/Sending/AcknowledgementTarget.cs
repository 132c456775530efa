namespace BcmWorkflows.Notifications.Sending;

/// <summary>The <c>ack</c> object of a template model.</summary>
internal sealed record AcknowledgementTarget(string RequestId, string? Code, string Url, DateTimeOffset ExpiresAt);
