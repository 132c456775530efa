using System.Text.Json.Serialization;

namespace BcmWorkflows.Domain.Risks;

/// <summary>What the organisation does about a risk.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskTreatment>))]
public enum RiskTreatment
{
    Mitigate,
    Transfer,
    Accept,
    Avoid,
}
