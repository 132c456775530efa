using BcmWorkflows.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Training;

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> e)
    {
        e.ToTable("training_courses");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).HasMaxLength(Lengths.Id);
        e.Property(c => c.Title).HasMaxLength(Lengths.Name);
        e.Property(c => c.Description).HasMaxLength(Lengths.Text);
        // Role and plan lists are short and read with the course (a primitive collection: text[] on PostgreSQL, JSON on SQLite).
        e.Property(c => c.RoleIds);
        e.Property(c => c.PlanIds);
        e.Property(c => c.Revision).IsConcurrencyToken();
    }
}
