namespace BcmWorkflows.Engine.Runtime;

/// <summary>An event (by stimulus id) delivered to an instance, and when.</summary>
public sealed record DeliveredEvent(long Id, DateTimeOffset At);
