using BcmWorkflows.Domain.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Risks;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> e)
    {
        e.ToTable("risks");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).HasMaxLength(Lengths.Id);
        e.Property(r => r.Threat).HasMaxLength(Lengths.Name);
        e.Property(r => r.Description).HasMaxLength(Lengths.Text);
        e.Property(r => r.Category).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(r => r.Level).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(r => r.Treatment).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(r => r.TreatmentDescription).HasMaxLength(Lengths.Text);
        e.Property(r => r.OwnerPersonId).HasMaxLength(Lengths.Id);
        e.Property(r => r.Revision).IsConcurrencyToken();
        e.Ignore(r => r.ProcessIds);
        e.HasIndex(r => r.Rating);
    }
}
