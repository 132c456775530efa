namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// The content of a plan revision: the sections the BCM guidance asks for (Markdown text) plus the structured
/// recovery steps per process and the contact list of the communication plan.
/// </summary>
public sealed record PlanContent
{
    public string? Objectives { get; init; }
    public string? Scope { get; init; }
    public string? EmergencyResponse { get; init; }
    public string? RecoveryStrategies { get; init; }
    public string? CommunicationPlan { get; init; }
    public string? Resources { get; init; }
    public string? Responsibilities { get; init; }
    public List<RecoveryStep> RecoverySteps { get; init; } = [];
    public List<PlanContact> Contacts { get; init; } = [];

    /// <summary>The text sections in document order, by their JSON names.</summary>
    public IReadOnlyList<(string Section, string? Text)> TextSections() =>
    [
        ("objectives", Objectives),
        ("scope", Scope),
        ("emergencyResponse", EmergencyResponse),
        ("recoveryStrategies", RecoveryStrategies),
        ("communicationPlan", CommunicationPlan),
        ("resources", Resources),
        ("responsibilities", Responsibilities),
    ];
}
