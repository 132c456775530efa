using BcmWorkflows.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain;

internal sealed class BcmRoleConfiguration : IEntityTypeConfiguration<BcmRole>
{
    public void Configure(EntityTypeBuilder<BcmRole> e)
    {
        e.ToTable("bcm_roles");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).HasMaxLength(Lengths.Key);
        e.Property(r => r.Name).HasMaxLength(Lengths.Name);
        e.Property(r => r.Description).HasMaxLength(Lengths.Text);
    }
}
