using System.Text.Json.Serialization;

namespace BcmWorkflows.Domain.Risks;

/// <summary>The kind of threat (the incident classification of the BCM guidance).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskCategory>))]
public enum RiskCategory
{
    Natural,
    Technical,
    HumanCaused,
}
