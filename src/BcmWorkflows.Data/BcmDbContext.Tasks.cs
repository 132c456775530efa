using BcmWorkflows.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

public partial class BcmDbContext
{
    public DbSet<HumanTask> HumanTasks => Set<HumanTask>();
    public DbSet<TaskParticipant> TaskParticipants => Set<TaskParticipant>();
}
