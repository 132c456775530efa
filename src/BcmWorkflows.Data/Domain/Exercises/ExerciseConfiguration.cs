using BcmWorkflows.Domain.Exercises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Exercises;

internal sealed class ExerciseConfiguration : IEntityTypeConfiguration<Exercise>
{
    public void Configure(EntityTypeBuilder<Exercise> e)
    {
        e.ToTable("exercises");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(Lengths.Id);
        e.Property(x => x.Title).HasMaxLength(Lengths.Name);
        e.Property(x => x.Type).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(x => x.PlanIds);
        e.Property(x => x.Participants);
        e.Property(x => x.Revision).IsConcurrencyToken();
        e.HasIndex(x => x.ScheduledAt);
    }
}
