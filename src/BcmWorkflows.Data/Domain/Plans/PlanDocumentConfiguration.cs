using BcmWorkflows.Domain.Plans.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Plans;

internal sealed class PlanDocumentConfiguration : IEntityTypeConfiguration<PlanDocument>
{
    public void Configure(EntityTypeBuilder<PlanDocument> e)
    {
        e.ToTable("plan_documents");
        e.HasKey(d => d.Id);
        e.Property(d => d.Id).HasMaxLength(Lengths.Id);
        e.Property(d => d.PlanId).HasMaxLength(Lengths.Id);
        e.Property(d => d.Format).HasMaxLength(10);
        e.Property(d => d.ContentHash).HasMaxLength(64);
        e.Property(d => d.TemplateKey).HasMaxLength(Lengths.Key);
        e.Property(d => d.RenderedBy).HasMaxLength(Lengths.Actor);
        e.HasIndex(d => new { d.PlanId, d.Revision, d.Format }).IsUnique();
    }
}
