using System.Text.Json.Serialization;

namespace BcmWorkflows.Domain.Processes;

/// <summary>How critical a business process is to the organisation (the BIA's classification).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Criticality>))]
public enum Criticality
{
    Critical,
    High,
    Medium,
    Low,
}
