namespace BcmWorkflows.Domain.Actions;

/// <summary>
/// <c>Open</c> → <c>InProgress</c> → <c>Completed</c> → <c>Verified</c> (the effectiveness check passed) or
/// <c>Reopened</c> (it failed) → <c>InProgress</c> → <c>Completed</c> again. See <see cref="ActionTransitions"/>.
/// </summary>
public enum ActionStatus
{
    Open,
    InProgress,
    Completed,
    Verified,
    Reopened,
}
