namespace BcmWorkflows.Domain.Processes;

/// <summary>
/// A business process with its business impact analysis: how critical it is, its recovery objectives (RTO, RPO,
/// MTPD as ISO 8601 durations), how its impact grows over time and what it depends on. Plans link processes and
/// recover them in steps whose durations are checked against <see cref="Rto"/>.
/// </summary>
public sealed class CriticalProcess
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? OrgUnitId { get; set; }
    public string? OwnerPersonId { get; set; }
    public Criticality Criticality { get; set; } = Criticality.Medium;
    /// <summary>Recovery time objective, ISO 8601 (<c>PT4H</c>).</summary>
    public string? Rto { get; set; }
    /// <summary>Recovery point objective: how much data may be lost, ISO 8601.</summary>
    public string? Rpo { get; set; }
    /// <summary>Maximum tolerable period of disruption, ISO 8601; never shorter than the RTO.</summary>
    public string? Mtpd { get; set; }
    /// <summary><see cref="ImpactRating"/> rows as JSON, in increasing <c>after</c>.</summary>
    public string ImpactOverTimeJson { get; set; } = "[]";
    /// <summary>Systems, suppliers and sites the process needs, as a JSON array of strings.</summary>
    public string DependenciesJson { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Revision { get; set; }

    public IReadOnlyList<ImpactRating> ImpactOverTime => JsonColumn.Read<List<ImpactRating>>(ImpactOverTimeJson, []);

    public IReadOnlyList<string> Dependencies => JsonColumn.Read<List<string>>(DependenciesJson, []);
}
