namespace BcmWorkflows.Server.Features.People;

/// <summary>Whether a person is opted out of each channel, and since when (by STOP, or set by a coordinator).</summary>
public sealed record OptOutView(bool Sms, bool Email, DateTimeOffset? SmsSince, DateTimeOffset? EmailSince);
