using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>Read side of acknowledgement requests, for the activities that wait for them and the APIs that show them.</summary>
public sealed class AcknowledgementQueries(INotificationsDb db)
{
    /// <summary>The requests a sending activity of an instance created, oldest first.</summary>
    public async Task<IReadOnlyList<AckRequest>> ForActivityAsync(string instanceId, string activityId, CancellationToken cancellationToken) =>
        await db.AckRequests.AsNoTracking()
            .Where(a => a.InstanceId == instanceId && a.ActivityId == activityId)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
}
