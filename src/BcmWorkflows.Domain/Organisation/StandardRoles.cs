namespace BcmWorkflows.Domain.Organisation;

/// <summary>
/// The BCM roles every installation starts with (created at start-up when absent, never overwritten): the default
/// workflows name these keys. Coordinators add their own beside them.
/// </summary>
public static class StandardRoles
{
    public const string CrisisManager = "crisis-manager";
    public const string CrisisTeam = "crisis-team";
    public const string BcmCoordinator = "bcm-coordinator";
    public const string ItRecoveryLead = "it-recovery-lead";
    public const string CommunicationsLead = "communications-lead";
    public const string FacilitiesLead = "facilities-lead";
    public const string IncidentResponderL1 = "incident-responder-l1";
    public const string IncidentResponderL2 = "incident-responder-l2";

    public static readonly IReadOnlyList<(string Id, string Name, string Description)> All =
    [
        (IncidentResponderL1, "Incident responder (level 1)", "Paged first when an incident is declared."),
        (IncidentResponderL2, "Incident responder (level 2)", "Paged when level 1 does not acknowledge."),
        (CrisisManager, "Crisis manager", "Leads the emergency command centre; decides on invoking plans."),
        (CrisisTeam, "Crisis team member", "Member of the emergency command centre."),
        (BcmCoordinator, "BCM coordinator", "Owns the BCM programme: plans, exercises, training, improvement."),
        (ItRecoveryLead, "IT recovery lead", "Leads system recovery and failover to the standby site."),
        (CommunicationsLead, "Communications lead", "Informs staff, regulators, suppliers and partners."),
        (FacilitiesLead, "Facilities lead", "Alternate work sites, standby power, evacuation."),
    ];
}
