namespace BcmWorkflows.Notifications.Inbound;

/// <summary>What handling an inbound SMS did: the answer to send back (null: none), the outcome, and whether it was a replay.</summary>
public sealed record InboundSmsResult(string? Reply, string Outcome, string? AckRequestId = null, bool Replayed = false);
