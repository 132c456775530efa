namespace BcmWorkflows.Notifications.Sending;

/// <summary>Which channels a send may use.</summary>
public enum ChannelPolicy
{
    /// <summary>SMS only (<c>SendSms</c>).</summary>
    Sms,
    /// <summary>Email only (<c>SendEmail</c>).</summary>
    Email,
    /// <summary>Each person's channel order (or the request's override), falling back to the next channel (<c>Notify</c>).</summary>
    Preference,
}
