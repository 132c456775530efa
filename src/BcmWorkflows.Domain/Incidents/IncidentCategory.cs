namespace BcmWorkflows.Domain.Incidents;

/// <summary>The three families of incident the BCM guidance classifies (natural, technical, human-caused).</summary>
public enum IncidentCategory
{
    Natural,
    Technical,
    HumanCaused,
}
