namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// Approving or returning a revision pending approval was asked by someone who is not one of the plan's approvers
/// (nor an administrator): the server answers 403.
/// </summary>
public sealed class ApproverRequiredException(string planId, int revision)
    : Exception($"Only an approver of plan '{planId}' (or an administrator) may approve or return revision {revision}.")
{
    public string PlanId { get; } = planId;
    public int Revision { get; } = revision;
}
