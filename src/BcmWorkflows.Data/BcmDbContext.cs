using BcmWorkflows.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

/// <summary>
/// The one database of the server: Identity, data-protection keys and the workflow engine's tables.
/// The application registers a provider subclass (<see cref="SqliteBcmDbContext"/> or
/// <see cref="PostgresBcmDbContext"/>, each with its own migrations) and resolves it as this type,
/// scoped, so everything one request or one workflow burst writes shares one change tracker and one
/// transaction.
/// </summary>
public class BcmDbContext : IdentityDbContext<BcmUser>, IDataProtectionKeyContext
{
    public BcmDbContext(DbContextOptions<BcmDbContext> options) : base(options)
    {
    }

    /// <summary>For provider subclasses, whose options are typed to the subclass.</summary>
    protected BcmDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();
    public DbSet<WorkflowSnapshotRecord> WorkflowSnapshots => Set<WorkflowSnapshotRecord>();
    public DbSet<WorkflowTriggerRecord> WorkflowTriggers => Set<WorkflowTriggerRecord>();
    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();
    public DbSet<WorkflowBookmarkRecord> WorkflowBookmarks => Set<WorkflowBookmarkRecord>();
    public DbSet<WorkflowJournalRecord> WorkflowJournal => Set<WorkflowJournalRecord>();
    public DbSet<WorkflowStimulusRecord> WorkflowStimuli => Set<WorkflowStimulusRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>True on PostgreSQL (advisory locks), false on SQLite (in-process locks plus the single writer).</summary>
    internal bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        WorkflowModel.Configure(builder);
    }
}
