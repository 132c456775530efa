using BcmWorkflows.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Incidents;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> e)
    {
        e.ToTable("incidents");
        e.HasKey(i => i.Id);
        e.Property(i => i.Id).HasMaxLength(Lengths.Id);
        e.Property(i => i.Title).HasMaxLength(Lengths.Name);
        e.Property(i => i.Description).HasMaxLength(Lengths.Text);
        e.Property(i => i.Category).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(i => i.Subcategory).HasMaxLength(Lengths.Status);
        e.Property(i => i.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(i => i.OrgUnitId).HasMaxLength(Lengths.Key);
        e.Property(i => i.Location).HasMaxLength(Lengths.Name);
        e.Property(i => i.DeclaredBy).HasMaxLength(Lengths.Actor);
        e.Property(i => i.Revision).IsConcurrencyToken();
        e.Ignore(i => i.PlanIds);
        // The list filters by status and severity, newest first.
        e.HasIndex(i => new { i.Status, i.Severity });
        e.HasIndex(i => i.DeclaredAt);
    }
}
