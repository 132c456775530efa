using BcmWorkflows.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> e)
    {
        e.ToTable("role_assignments");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasMaxLength(Lengths.Id);
        e.Property(a => a.RoleId).HasMaxLength(Lengths.Key);
        e.Property(a => a.PersonId).HasMaxLength(Lengths.Id);
        e.Property(a => a.OrgUnitId).HasMaxLength(Lengths.Key);
        e.HasIndex(a => new { a.RoleId, a.PersonId, a.OrgUnitId }).IsUnique();
        e.HasIndex(a => a.PersonId);
    }
}
