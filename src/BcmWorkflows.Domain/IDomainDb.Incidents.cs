using BcmWorkflows.Domain.CallTrees;
using BcmWorkflows.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain;

public partial interface IDomainDb
{
    DbSet<Incident> Incidents { get; }
    DbSet<CallTree> CallTrees { get; }
    DbSet<CallTreeActivation> CallTreeActivations { get; }
}
