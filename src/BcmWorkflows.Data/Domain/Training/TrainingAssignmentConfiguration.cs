using BcmWorkflows.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Training;

internal sealed class TrainingAssignmentConfiguration : IEntityTypeConfiguration<TrainingAssignment>
{
    public void Configure(EntityTypeBuilder<TrainingAssignment> e)
    {
        e.ToTable("training_assignments");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasMaxLength(Lengths.Id);
        e.Property(a => a.CourseId).HasMaxLength(Lengths.Id);
        e.Property(a => a.PersonId).HasMaxLength(Lengths.Id);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(a => a.AssignedBy).HasMaxLength(Lengths.Actor);
        e.Property(a => a.CompletedBy).HasMaxLength(Lengths.Actor);
        e.Property(a => a.Evidence).HasMaxLength(Lengths.Text);
        e.Property(a => a.Revision).IsConcurrencyToken();
        e.Ignore(a => a.IsOpen);
        e.HasOne<TrainingCourse>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(a => new { a.PersonId, a.Status });
        e.HasIndex(a => new { a.CourseId, a.PersonId, a.Status });
    }
}
