using System.Text.Json;

namespace BcmWorkflows.Domain.Incidents;

/// <summary>
/// A declared disruption: what happened (category, subcategory), how bad (severity 1 = most severe to 4), where it is
/// (status). Its timeline is the audit trail of <c>incident:{id}</c>: the audit lines written with every change plus the
/// messages, acknowledgements and journal steps of the workflow instances linked to it.
/// </summary>
public sealed class Incident
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public IncidentCategory Category { get; set; }
    public required string Subcategory { get; set; }
    /// <summary>1 (most severe) to 4.</summary>
    public int Severity { get; set; }
    public IncidentStatus Status { get; set; }
    public string? OrgUnitId { get; set; }
    public string? Location { get; set; }
    /// <summary>The plans invoked for this incident, as a JSON array of plan ids.</summary>
    public string PlanIdsJson { get; set; } = "[]";
    public required string DeclaredBy { get; set; }
    public DateTimeOffset DeclaredAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public long Revision { get; set; }

    public IReadOnlyList<string> PlanIds
    {
        get => JsonSerializer.Deserialize<List<string>>(PlanIdsJson) ?? [];
        set => PlanIdsJson = JsonSerializer.Serialize(value);
    }
}
