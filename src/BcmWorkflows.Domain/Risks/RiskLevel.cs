using System.Text.Json.Serialization;

namespace BcmWorkflows.Domain.Risks;

/// <summary>The band a risk's rating falls in; see RiskRating for the thresholds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
public enum RiskLevel
{
    Low,
    Medium,
    High,
    Critical,
}
