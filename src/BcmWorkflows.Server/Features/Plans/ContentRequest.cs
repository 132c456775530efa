using BcmWorkflows.Domain.Plans;

namespace BcmWorkflows.Server.Features.Plans;

/// <summary>
/// The body of <c>PUT /api/plans/{id}/revisions/{n}</c>: the whole content, either under <c>content</c> or as the
/// sections themselves at the top level (<c>{ "objectives": ..., "recoverySteps": [...] }</c>).
/// </summary>
public sealed record ContentRequest(
    PlanContent? Content, string? Objectives, string? Scope, string? EmergencyResponse, string? RecoveryStrategies, string? CommunicationPlan,
    string? Resources, string? Responsibilities, List<RecoveryStep>? RecoverySteps, List<PlanContact>? Contacts)
{
    public PlanContent ToContent() => Content ?? new PlanContent
    {
        Objectives = Objectives, Scope = Scope, EmergencyResponse = EmergencyResponse, RecoveryStrategies = RecoveryStrategies,
        CommunicationPlan = CommunicationPlan, Resources = Resources, Responsibilities = Responsibilities,
        RecoverySteps = RecoverySteps ?? [], Contacts = Contacts ?? [],
    };
}
