namespace BcmWorkflows.Domain.Organisation;

/// <summary>
/// A part of the organisation (a department, a branch). People belong to one through <c>Person.OrgUnit</c> (this id);
/// its <see cref="ManagerPersonId"/> is "the person's manager" to whom overdue training and actions escalate.
/// </summary>
public sealed class OrgUnit
{
    /// <summary>A short key chosen by the coordinator (<c>treasury</c>, <c>it-ops</c>).</summary>
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? ParentId { get; set; }
    public string? ManagerPersonId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Revision { get; set; }
}
