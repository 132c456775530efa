namespace BcmWorkflows.Server.Features.People;

/// <summary>Opt-outs a coordinator sets: true opts the person out of that channel (kept as the time it happened), false back in; null leaves it.</summary>
public sealed record OptOutRequest(bool? Sms, bool? Email);
