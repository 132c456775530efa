using System.Text.Json.Serialization;

namespace BcmWorkflows.Domain.Plans;

/// <summary>What happened to one line between two revisions.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DiffLineType>))]
public enum DiffLineType
{
    Unchanged,
    Inserted,
    Deleted,
}
