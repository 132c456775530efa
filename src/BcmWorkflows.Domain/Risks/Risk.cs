namespace BcmWorkflows.Domain.Risks;

/// <summary>
/// One entry of the risk register: a threat rated by likelihood and impact (the server computes
/// <see cref="Rating"/> and <see cref="Level"/>), how it is treated, who owns it and which processes it threatens.
/// </summary>
public sealed class Risk
{
    public required string Id { get; set; }
    public required string Threat { get; set; }
    public string? Description { get; set; }
    public RiskCategory Category { get; set; }
    public int Likelihood { get; set; }
    public int Impact { get; set; }
    /// <summary>Likelihood × impact, stored so the register can be sorted and filtered by it.</summary>
    public int Rating { get; set; }
    public RiskLevel Level { get; set; }
    public RiskTreatment Treatment { get; set; }
    public string? TreatmentDescription { get; set; }
    public string? OwnerPersonId { get; set; }
    /// <summary>Ids of the threatened critical processes, as a JSON array.</summary>
    public string ProcessIdsJson { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Revision { get; set; }

    public IReadOnlyList<string> ProcessIds => JsonColumn.Read<List<string>>(ProcessIdsJson, []);
}
