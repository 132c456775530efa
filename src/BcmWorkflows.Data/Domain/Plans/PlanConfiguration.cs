using BcmWorkflows.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Plans;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> e)
    {
        e.ToTable("plans");
        e.HasKey(p => p.Id);
        e.Property(p => p.Id).HasMaxLength(Lengths.Id);
        e.Property(p => p.Title).HasMaxLength(Lengths.Name);
        e.Property(p => p.OrgUnitId).HasMaxLength(Lengths.Key);
        e.Property(p => p.OwnerPersonId).HasMaxLength(Lengths.Id);
        e.Property(p => p.Language).HasMaxLength(10);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(p => p.ReviewInstanceId).HasMaxLength(Lengths.Id);
        e.Property(p => p.Version).IsConcurrencyToken();
        e.Ignore(p => p.Approvers);
        e.Ignore(p => p.ProcessIds);
        e.HasIndex(p => p.NextReviewAt);
    }
}
