namespace BcmWorkflows.Notifications;

/// <summary>A way to reach a person. The order of a person's channels is their preference.</summary>
public enum Channel
{
    Sms,
    Email,
}
