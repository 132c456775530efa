using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

public partial class BcmDbContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<InstanceSubject> InstanceSubjects => Set<InstanceSubject>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<BcmRole> BcmRoles => Set<BcmRole>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
}
