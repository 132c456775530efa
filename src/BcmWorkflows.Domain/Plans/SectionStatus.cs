using System.Text.Json.Serialization;

namespace BcmWorkflows.Domain.Plans;

/// <summary>What happened to a whole section: Added (was empty), Removed (is now empty), Changed or Unchanged.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SectionStatus>))]
public enum SectionStatus
{
    Unchanged,
    Added,
    Removed,
    Changed,
}
