using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Inbound;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Notifications.Templates;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications;

/// <summary>
/// The notification tables of the server's one database (implemented by the Data project's DbContext, scoped).
/// What a workflow burst adds here commits in the burst's transaction; the caller of a request saves.
/// </summary>
public interface INotificationsDb
{
    DbSet<Person> People { get; }
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<OutboxStatusChange> OutboxStatusChanges { get; }
    DbSet<AckRequest> AckRequests { get; }
    DbSet<InboundSms> InboundSms { get; }
    DbSet<TemplateOverride> TemplateOverrides { get; }
    DbSet<ServerSecret> ServerSecrets { get; }

    /// <summary>True on PostgreSQL (row claims with <c>FOR UPDATE SKIP LOCKED</c>), false on SQLite.</summary>
    bool IsPostgres { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>A transaction on the scope's connection (when a request must commit several statements as one).</summary>
    Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken);
}
