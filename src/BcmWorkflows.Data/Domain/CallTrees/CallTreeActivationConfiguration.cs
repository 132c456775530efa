using BcmWorkflows.Domain.CallTrees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.CallTrees;

internal sealed class CallTreeActivationConfiguration : IEntityTypeConfiguration<CallTreeActivation>
{
    public void Configure(EntityTypeBuilder<CallTreeActivation> e)
    {
        e.ToTable("call_tree_activations");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasMaxLength(Lengths.Id);
        e.Property(a => a.CallTreeId).HasMaxLength(Lengths.Id);
        e.Property(a => a.IncidentId).HasMaxLength(Lengths.Id);
        e.Property(a => a.Message).HasMaxLength(Lengths.Text);
        e.Property(a => a.ActivatedBy).HasMaxLength(Lengths.Actor);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(a => a.InstanceId).HasMaxLength(Lengths.Id);
        e.Property(a => a.AckPrefix).HasMaxLength(Lengths.Key);
        e.Ignore(a => a.Waves);
        e.Ignore(a => a.People);
        e.HasIndex(a => new { a.CallTreeId, a.At });
        e.HasIndex(a => a.IncidentId).HasFilter("\"IncidentId\" IS NOT NULL");
    }
}
