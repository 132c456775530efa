using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Domain.Plans.Documents;
using BcmWorkflows.Domain.Processes;
using BcmWorkflows.Domain.Risks;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

public partial class BcmDbContext
{
    public DbSet<CriticalProcess> CriticalProcesses => Set<CriticalProcess>();
    public DbSet<Risk> Risks => Set<Risk>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanRevision> PlanRevisions => Set<PlanRevision>();
    public DbSet<PlanDocument> PlanDocuments => Set<PlanDocument>();
}
