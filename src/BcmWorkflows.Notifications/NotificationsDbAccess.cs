using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BcmWorkflows.Notifications;

internal static class NotificationsDbAccess
{
    /// <summary>
    /// The DbContext behind <paramref name="db"/>, for what the interface leaves out on purpose: transactions and the
    /// provider-specific SQL of the outbox (claims with SKIP LOCKED, batched status updates).
    /// </summary>
    public static DbContext Context(this INotificationsDb db) =>
        db.OutboxMessages.GetService<ICurrentDbContext>().Context;
}
