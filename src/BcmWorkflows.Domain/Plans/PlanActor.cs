namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// Who asks for a change: <see cref="Name"/> is written to the audit trail (an email, or <c>workflow:{id}</c>).
/// <see cref="UserId"/> is the signed-in account, matched to the plan's approvers through <c>Person.UserId</c>;
/// <see cref="IsAdmin"/> may decide for any approver. A workflow acts on decisions made in its tasks, so
/// <see cref="IsWorkflow"/> is trusted with every move.
/// </summary>
public sealed record PlanActor(string Name, string? UserId = null, bool IsAdmin = false, bool IsWorkflow = false)
{
    public static PlanActor Workflow(string instanceId) => new(Audit.Actors.Workflow(instanceId), IsWorkflow: true);
}
