using BcmWorkflows.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("audit_entries");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).ValueGeneratedOnAdd();
        e.Property(a => a.Subject).HasMaxLength(Lengths.Subject);
        e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(a => a.Action).HasMaxLength(Lengths.Key);
        e.Property(a => a.Actor).HasMaxLength(Lengths.Actor);
        e.Property(a => a.Summary).HasMaxLength(Lengths.Text);
        e.Property(a => a.InstanceId).HasMaxLength(Lengths.Id);
        e.HasIndex(a => new { a.Subject, a.At });
    }
}
