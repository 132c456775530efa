using BcmWorkflows.Domain.CallTrees;
using BcmWorkflows.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

public partial class BcmDbContext
{
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<CallTree> CallTrees => Set<CallTree>();
    public DbSet<CallTreeActivation> CallTreeActivations => Set<CallTreeActivation>();
}
