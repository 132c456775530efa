using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Notifications.People;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain;

/// <summary>
/// The BCM tables of the server's one database (implemented by the Data project's DbContext, scoped). Partial: each
/// area (Plans, Incidents, ...) declares its sets in its own file. What a workflow burst adds here commits in the
/// burst's transaction; the caller of a request saves.
/// </summary>
public partial interface IDomainDb
{
    DbSet<Person> People { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<InstanceSubject> InstanceSubjects { get; }
    DbSet<OrgUnit> OrgUnits { get; }
    DbSet<BcmRole> BcmRoles { get; }
    DbSet<RoleAssignment> RoleAssignments { get; }

    /// <summary>True on PostgreSQL, false on SQLite.</summary>
    bool IsPostgres { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
