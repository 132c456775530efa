using BcmWorkflows.Domain.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Processes;

internal sealed class CriticalProcessConfiguration : IEntityTypeConfiguration<CriticalProcess>
{
    public void Configure(EntityTypeBuilder<CriticalProcess> e)
    {
        e.ToTable("critical_processes");
        e.HasKey(p => p.Id);
        e.Property(p => p.Id).HasMaxLength(Lengths.Id);
        e.Property(p => p.Name).HasMaxLength(Lengths.Name);
        e.Property(p => p.Description).HasMaxLength(Lengths.Text);
        e.Property(p => p.OrgUnitId).HasMaxLength(Lengths.Key);
        e.Property(p => p.OwnerPersonId).HasMaxLength(Lengths.Id);
        e.Property(p => p.Criticality).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(p => p.Rto).HasMaxLength(Lengths.Status);
        e.Property(p => p.Rpo).HasMaxLength(Lengths.Status);
        e.Property(p => p.Mtpd).HasMaxLength(Lengths.Status);
        e.Property(p => p.Revision).IsConcurrencyToken();
        e.Ignore(p => p.ImpactOverTime);
        e.Ignore(p => p.Dependencies);
        e.HasIndex(p => p.OrgUnitId);
    }
}
