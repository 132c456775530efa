namespace BcmWorkflows.Notifications.Channels;

/// <summary>
/// The result of one send attempt: accepted with the provider's id and status, or a failure with the provider's error
/// code (Twilio error code, SMTP reply code, or a word such as <c>network</c>) and a message for people.
/// </summary>
public sealed record SendOutcome(SendOutcomeKind Kind, string? ProviderMessageId, string? ProviderStatus, string? ErrorCode, string? Error)
{
    public static SendOutcome Accepted(string providerMessageId, string? providerStatus) =>
        new(SendOutcomeKind.Accepted, providerMessageId, providerStatus, null, null);

    public static SendOutcome Transient(string? errorCode, string error) => new(SendOutcomeKind.TransientFailure, null, null, errorCode, error);

    public static SendOutcome Permanent(string? errorCode, string error) => new(SendOutcomeKind.PermanentFailure, null, null, errorCode, error);

    /// <summary>A failure as the classifier judged it (<paramref name="failure"/>), with the provider's own message.</summary>
    public static SendOutcome From(FailureClass failure, string? errorCode, string providerMessage) =>
        new(failure.Permanent ? SendOutcomeKind.PermanentFailure : SendOutcomeKind.TransientFailure, null, null, errorCode,
            $"{failure.Reason}: {providerMessage}");
}
