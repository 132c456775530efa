using BcmWorkflows.Domain.Risks;

namespace BcmWorkflows.Server.Features.Risks;

/// <summary>A risk as the API shows it; <c>rating</c> and <c>level</c> are computed by the server.</summary>
public sealed record RiskView(
    string Id, string Threat, string? Description, RiskCategory Category, int Likelihood, int Impact, int Rating, RiskLevel Level,
    RiskTreatment Treatment, string? TreatmentDescription, string? OwnerPersonId, IReadOnlyList<string> ProcessIds,
    int Revision, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static RiskView From(Risk r) => new(r.Id, r.Threat, r.Description, r.Category, r.Likelihood, r.Impact, r.Rating, r.Level,
        r.Treatment, r.TreatmentDescription, r.OwnerPersonId, r.ProcessIds, r.Revision, r.CreatedAt, r.UpdatedAt);
}
