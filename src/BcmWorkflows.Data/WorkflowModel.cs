using BcmWorkflows.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

/// <summary>Tables, keys and indexes of the workflow engine's entities (the same on both providers).</summary>
internal static class WorkflowModel
{
    private const int IdLength = 64;
    // User names (Identity caps them at 256); text that users or definitions supply stays unbounded.
    private const int UserLength = 256;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<WorkflowDefinitionRecord>(e =>
        {
            e.ToTable("workflow_definitions");
            e.HasKey(d => d.Id);
            e.Property(d => d.DefinitionId).HasMaxLength(100);
            e.Property(d => d.SnapshotId).HasMaxLength(IdLength);
            e.Property(d => d.CreatedBy).HasMaxLength(UserLength);
            e.Property(d => d.UpdatedBy).HasMaxLength(UserLength);
            e.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
            // Backstops for "at most one latest / one published version per definition".
            e.HasIndex(d => d.DefinitionId, "IX_workflow_definitions_latest").IsUnique().HasFilter("\"IsLatest\"");
            e.HasIndex(d => d.DefinitionId, "IX_workflow_definitions_published").IsUnique().HasFilter("\"IsPublished\"");
        });

        builder.Entity<WorkflowSnapshotRecord>(e =>
        {
            e.ToTable("workflow_snapshots");
            e.HasKey(s => s.SnapshotId);
            e.Property(s => s.SnapshotId).HasMaxLength(IdLength);
            e.Property(s => s.DefinitionId).HasMaxLength(100);
            e.HasIndex(s => new { s.DefinitionId, s.Version });
        });

        builder.Entity<WorkflowTriggerRecord>(e =>
        {
            e.ToTable("workflow_triggers");
            e.HasKey(t => t.Id);
            e.Property(t => t.DefinitionId).HasMaxLength(100);
            e.Property(t => t.Type).HasMaxLength(20);
            e.HasIndex(t => new { t.Type, t.EventName });
            e.HasIndex(t => t.DefinitionId);
        });

        builder.Entity<WorkflowInstanceRecord>(e =>
        {
            e.ToTable("workflow_instances");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).HasMaxLength(IdLength);
            e.Property(i => i.DefinitionId).HasMaxLength(100);
            e.Property(i => i.SnapshotId).HasMaxLength(IdLength);
            e.Property(i => i.Status).HasMaxLength(20);
            e.Property(i => i.ParentInstanceId).HasMaxLength(IdLength);
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.HasIndex(i => new { i.DefinitionId, i.Status });
            e.HasIndex(i => i.CreatedAt);
            // Partial: these serve rare queries, and a typical insert (Finished or Suspended, no parent, no
            // correlation) then adds no entry to them. The SQL is the same on PostgreSQL and SQLite.
            e.HasIndex(i => i.CorrelationId).HasFilter("\"CorrelationId\" IS NOT NULL");
            e.HasIndex(i => new { i.Status, i.UpdatedAt }).HasFilter("\"Status\" = 'Running'"); // stalled-instance recovery
            e.HasIndex(i => i.ParentInstanceId).HasFilter("\"ParentInstanceId\" IS NOT NULL");
        });

        builder.Entity<WorkflowBookmarkRecord>(e =>
        {
            e.ToTable("workflow_bookmarks");
            e.HasKey(b => b.Id);
            e.Property(b => b.Id).HasMaxLength(IdLength);
            e.Property(b => b.InstanceId).HasMaxLength(IdLength);
            e.Property(b => b.Type).HasMaxLength(50);
            e.HasIndex(b => new { b.Type, b.Name });
            e.HasIndex(b => b.DueAt);
            e.HasIndex(b => b.InstanceId);
        });

        builder.Entity<WorkflowJournalRecord>(e =>
        {
            e.ToTable("workflow_journal");
            // One row per burst (see WorkflowJournalRecord): far fewer rows and index entries per start.
            e.HasKey(j => new { j.InstanceId, j.FirstSequence });
            e.Property(j => j.InstanceId).HasMaxLength(IdLength);
            e.HasIndex(j => j.At);
        });

        builder.Entity<WorkflowStimulusRecord>(e =>
        {
            e.ToTable("workflow_stimuli");
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.EventName, s.ReceivedAt });
        });
    }
}
