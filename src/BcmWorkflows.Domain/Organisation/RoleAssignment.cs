namespace BcmWorkflows.Domain.Organisation;

/// <summary>A person holding a BCM role, optionally for one org unit; <see cref="Rank"/> 1 is the primary, 2+ deputies.</summary>
public sealed class RoleAssignment
{
    public required string Id { get; set; }
    public required string RoleId { get; set; }
    public required string PersonId { get; set; }
    public string? OrgUnitId { get; set; }
    public int Rank { get; set; } = 1;
    public DateTimeOffset AssignedAt { get; set; }
}
