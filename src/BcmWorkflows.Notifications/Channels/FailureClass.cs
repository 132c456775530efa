namespace BcmWorkflows.Notifications.Channels;

/// <summary>A classified provider error: retry later or not, and why in a few words.</summary>
public sealed record FailureClass(bool Permanent, string Reason)
{
    public static FailureClass Transient(string reason) => new(false, reason);

    public static FailureClass Fatal(string reason) => new(true, reason);
}
