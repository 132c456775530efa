using BcmWorkflows.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Access;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKeyRecord>
{
    public void Configure(EntityTypeBuilder<ApiKeyRecord> e)
    {
        e.ToTable("api_keys");
        e.HasKey(k => k.Id);
        e.Property(k => k.Id).HasMaxLength(Lengths.Id);
        e.Property(k => k.Name).HasMaxLength(Lengths.Name);
        e.Property(k => k.Scopes).HasMaxLength(Lengths.Text);
        e.Property(k => k.SecretHash).HasMaxLength(32);
        e.Property(k => k.CreatedBy).HasMaxLength(Lengths.Actor);
        e.Property(k => k.RevokedBy).HasMaxLength(Lengths.Actor);
        e.HasIndex(k => k.CreatedAt);
    }
}
