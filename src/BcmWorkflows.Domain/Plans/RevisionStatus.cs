using System.Text.Json.Serialization;

namespace BcmWorkflows.Domain.Plans;

/// <summary>Where a plan revision stands; <see cref="RevisionStateMachine"/> says which moves are allowed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RevisionStatus>))]
public enum RevisionStatus
{
    Draft,
    InReview,
    PendingApproval,
    Approved,
    Published,
    Returned,
    Archived,
}
