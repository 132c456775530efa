using BcmWorkflows.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Plans;

internal sealed class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> e)
    {
        e.ToTable("plan_revisions");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).HasMaxLength(Lengths.Id);
        e.Property(r => r.PlanId).HasMaxLength(Lengths.Id);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(r => r.Comment).HasMaxLength(Lengths.Text);
        e.Property(r => r.CreatedBy).HasMaxLength(Lengths.Actor);
        e.Property(r => r.UpdatedBy).HasMaxLength(Lengths.Actor);
        e.Property(r => r.ApprovedBy).HasMaxLength(Lengths.Actor);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.Ignore(r => r.Content);
        e.Ignore(r => r.History);
        // One number per plan: two coordinators opening a revision at once cannot both get the same number.
        e.HasIndex(r => new { r.PlanId, r.Number }).IsUnique();
    }
}
