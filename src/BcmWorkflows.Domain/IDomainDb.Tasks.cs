using BcmWorkflows.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain;

public partial interface IDomainDb
{
    DbSet<HumanTask> HumanTasks { get; }
    DbSet<TaskParticipant> TaskParticipants { get; }
}
