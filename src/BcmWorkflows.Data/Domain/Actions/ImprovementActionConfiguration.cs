using BcmWorkflows.Domain.Actions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Actions;

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> e)
    {
        e.ToTable("improvement_actions");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasMaxLength(Lengths.Id);
        e.Property(a => a.Title).HasMaxLength(Lengths.Name);
        e.Property(a => a.Description).HasMaxLength(Lengths.Text);
        e.Property(a => a.SourceType).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(a => a.SourceId).HasMaxLength(Lengths.Id);
        e.Property(a => a.SourceFindingId).HasMaxLength(Lengths.Id);
        e.Property(a => a.OwnerPersonId).HasMaxLength(Lengths.Id);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(a => a.ClosureEvidence).HasMaxLength(Lengths.Text);
        e.Property(a => a.LastComment).HasMaxLength(Lengths.Text);
        e.Property(a => a.CreatedBy).HasMaxLength(Lengths.Actor);
        e.Property(a => a.Revision).IsConcurrencyToken();
        e.HasIndex(a => new { a.SourceType, a.SourceId });
        e.HasIndex(a => new { a.OwnerPersonId, a.Status });
    }
}
