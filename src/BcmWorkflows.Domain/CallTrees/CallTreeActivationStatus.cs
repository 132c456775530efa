namespace BcmWorkflows.Domain.CallTrees;

/// <summary>
/// Where an activation is: <c>Requested</c> (recorded, no workflow has picked it up yet), <c>Running</c> (waves in
/// progress), <c>Completed</c> (every wave met its quorum) or <c>QuorumNotMet</c>.
/// </summary>
public enum CallTreeActivationStatus
{
    Requested,
    Running,
    Completed,
    QuorumNotMet,
}
