using BcmWorkflows.Domain.CallTrees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.CallTrees;

internal sealed class CallTreeConfiguration : IEntityTypeConfiguration<CallTree>
{
    public void Configure(EntityTypeBuilder<CallTree> e)
    {
        e.ToTable("call_trees");
        e.HasKey(t => t.Id);
        e.Property(t => t.Id).HasMaxLength(Lengths.Id);
        e.Property(t => t.Name).HasMaxLength(Lengths.Name);
        e.Property(t => t.Description).HasMaxLength(Lengths.Text);
        e.Property(t => t.Template).HasMaxLength(Lengths.Key);
        e.Property(t => t.CreatedBy).HasMaxLength(Lengths.Actor);
        e.Property(t => t.Revision).IsConcurrencyToken();
        e.Ignore(t => t.Waves);
    }
}
