using BcmWorkflows.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain;

internal sealed class InstanceSubjectConfiguration : IEntityTypeConfiguration<InstanceSubject>
{
    public void Configure(EntityTypeBuilder<InstanceSubject> e)
    {
        e.ToTable("instance_subjects");
        e.HasKey(l => new { l.Subject, l.InstanceId });
        e.Property(l => l.Subject).HasMaxLength(Lengths.Subject);
        e.Property(l => l.InstanceId).HasMaxLength(Lengths.Id);
        e.HasIndex(l => l.InstanceId);
    }
}
