using BcmWorkflows.Data.Entities;
using BcmWorkflows.Domain;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Inbound;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Notifications.Templates;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

/// <summary>
/// The one database of the server: Identity, data-protection keys, the workflow engine's tables and the
/// notification tables (people, templates, outbox, acknowledgements) and the BCM domain's tables (partial files
/// <c>BcmDbContext.*.cs</c>, one per area).
/// The application registers a provider subclass (<see cref="SqliteBcmDbContext"/> or
/// <see cref="PostgresBcmDbContext"/>, each with its own migrations) and resolves it as this type,
/// scoped, so everything one request or one workflow burst writes shares one change tracker and one
/// transaction.
/// </summary>
public partial class BcmDbContext : IdentityDbContext<BcmUser>, IDataProtectionKeyContext, INotificationsDb, IDomainDb
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
    public DbSet<Person> People => Set<Person>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxStatusChange> OutboxStatusChanges => Set<OutboxStatusChange>();
    public DbSet<AckRequest> AckRequests => Set<AckRequest>();
    public DbSet<InboundSms> InboundSms => Set<InboundSms>();
    public DbSet<TemplateOverride> TemplateOverrides => Set<TemplateOverride>();
    public DbSet<ServerSecret> ServerSecrets => Set<ServerSecret>();

    /// <summary>True on PostgreSQL (advisory locks), false on SQLite (in-process locks plus the single writer).</summary>
    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> INotificationsDb.BeginTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        WorkflowModel.Configure(builder);
        NotificationsModel.Configure(builder);
        // The BCM domain's tables: one IEntityTypeConfiguration per record under Domain/ (each area adds its own files).
        builder.ApplyConfigurationsFromAssembly(typeof(BcmDbContext).Assembly, t => t.Namespace?.StartsWith("BcmWorkflows.Data.Domain", StringComparison.Ordinal) == true);
    }
}
