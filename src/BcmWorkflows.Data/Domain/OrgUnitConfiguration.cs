using BcmWorkflows.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> e)
    {
        e.ToTable("org_units");
        e.HasKey(u => u.Id);
        e.Property(u => u.Id).HasMaxLength(Lengths.Key);
        e.Property(u => u.Name).HasMaxLength(Lengths.Name);
        e.Property(u => u.Description).HasMaxLength(Lengths.Text);
        e.Property(u => u.ParentId).HasMaxLength(Lengths.Key);
        e.Property(u => u.ManagerPersonId).HasMaxLength(Lengths.Id);
        e.Property(u => u.Revision).IsConcurrencyToken();
    }
}
