using System.Text.Json;
using BcmWorkflows.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcmWorkflows.Data.Domain.Tasks;

internal sealed class HumanTaskConfiguration : IEntityTypeConfiguration<HumanTask>
{
    public void Configure(EntityTypeBuilder<HumanTask> e)
    {
        e.ToTable("human_tasks");
        e.HasKey(t => t.Id);
        e.Property(t => t.Id).HasMaxLength(Lengths.Id);
        e.Property(t => t.InstanceId).HasMaxLength(Lengths.Id);
        e.Property(t => t.ActivityId).HasMaxLength(Lengths.Key);
        e.Property(t => t.Title).HasMaxLength(TaskLimits.Title);
        e.Property(t => t.Description).HasMaxLength(TaskLimits.Description);
        e.Property(t => t.Subject).HasMaxLength(Lengths.Subject);
        // Lists read and written whole with the task: JSON text columns.
        JsonList(e.Property(t => t.Assignees));
        JsonList(e.Property(t => t.Outcomes));
        JsonList(e.Property(t => t.CommentRequiredFor));
        e.Property(t => t.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        e.Property(t => t.EscalateTo).HasMaxLength(Lengths.Key);
        e.Property(t => t.Outcome).HasMaxLength(TaskLimits.Outcome);
        e.Property(t => t.Comment).HasMaxLength(TaskLimits.Comment);
        e.Property(t => t.CompletedBy).HasMaxLength(Lengths.Actor);
        e.Property(t => t.CompletedByPersonId).HasMaxLength(Lengths.Id);
        e.Property(t => t.Revision).IsConcurrencyToken();
        e.Ignore(t => t.ParticipantIds);
        e.HasMany(t => t.Participants).WithOne().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(t => new { t.Status, t.CreatedAt });
        e.HasIndex(t => new { t.InstanceId, t.ActivityId });
        e.HasIndex(t => new { t.Subject, t.CreatedAt });
    }

    private static void JsonList(PropertyBuilder<List<string>> property) => property
        .HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>(),
            new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()))
        .HasMaxLength(Lengths.Text);
}
