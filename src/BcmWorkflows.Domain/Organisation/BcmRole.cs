namespace BcmWorkflows.Domain.Organisation;

/// <summary>
/// A BCM duty (crisis manager, IT recovery lead, communications lead, ...), held by people through
/// <see cref="RoleAssignment"/>s. Workflows, call trees and tasks name roles by <see cref="Id"/>, so who holds a role
/// can change without editing any of them.
/// </summary>
public sealed class BcmRole
{
    /// <summary>A short key (<c>crisis-manager</c>).</summary>
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
