using BcmWorkflows.Domain.Exercises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Exercises;

internal sealed class ExerciseFindingConfiguration : IEntityTypeConfiguration<ExerciseFinding>
{
    public void Configure(EntityTypeBuilder<ExerciseFinding> e)
    {
        e.ToTable("exercise_findings");
        e.HasKey(f => f.Id);
        e.Property(f => f.Id).HasMaxLength(Lengths.Id);
        e.Property(f => f.ExerciseId).HasMaxLength(Lengths.Id);
        e.Property(f => f.Description).HasMaxLength(Lengths.Text);
        e.Property(f => f.Severity).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(f => f.Recommendation).HasMaxLength(Lengths.Text);
        e.Property(f => f.ActionId).HasMaxLength(Lengths.Id);
        e.Property(f => f.CreatedBy).HasMaxLength(Lengths.Actor);
        e.HasOne<Exercise>().WithMany().HasForeignKey(f => f.ExerciseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(f => f.ExerciseId);
    }
}
