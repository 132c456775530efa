using BcmWorkflows.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Tasks;

internal sealed class TaskParticipantConfiguration : IEntityTypeConfiguration<TaskParticipant>
{
    public void Configure(EntityTypeBuilder<TaskParticipant> e)
    {
        e.ToTable("task_participants");
        e.HasKey(p => new { p.TaskId, p.PersonId, p.Kind });
        e.Property(p => p.TaskId).HasMaxLength(Lengths.Id);
        e.Property(p => p.PersonId).HasMaxLength(Lengths.Id);
        e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(p => p.AddedBy).HasMaxLength(Lengths.Actor);
        e.Property(p => p.DelegatedByPersonId).HasMaxLength(Lengths.Id);
        e.Property(p => p.Note).HasMaxLength(Lengths.Text);
        // The inbox: "tasks where I take part".
        e.HasIndex(p => p.PersonId);
    }
}
