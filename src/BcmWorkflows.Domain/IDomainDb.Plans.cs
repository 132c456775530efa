using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Domain.Plans.Documents;
using BcmWorkflows.Domain.Processes;
using BcmWorkflows.Domain.Risks;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain;

/// <summary>Processes (BIA), risks, plans, their revisions and rendered documents.</summary>
public partial interface IDomainDb
{
    DbSet<CriticalProcess> CriticalProcesses { get; }
    DbSet<Risk> Risks { get; }
    DbSet<Plan> Plans { get; }
    DbSet<PlanRevision> PlanRevisions { get; }
    DbSet<PlanDocument> PlanDocuments { get; }
}
