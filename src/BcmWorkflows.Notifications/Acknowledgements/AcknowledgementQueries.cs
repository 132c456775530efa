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

    /// <summary>How many requests a sending activity made and how many are confirmed: one indexed aggregate, cheap on every wake-up.</summary>
    public async Task<(int Total, int Confirmed)> CountAsync(string instanceId, string activityId, CancellationToken cancellationToken)
    {
        var counts = await db.AckRequests.AsNoTracking()
            .Where(a => a.InstanceId == instanceId && a.ActivityId == activityId)
            .GroupBy(a => a.Status == AckStatus.Confirmed)
            .Select(g => new { Confirmed = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return (counts.Sum(c => c.Count), counts.Where(c => c.Confirmed).Sum(c => c.Count));
    }

    /// <summary>
    /// Marks the still-open requests of a sending activity Closed, in the caller's unit of work (a workflow burst commits
    /// it): the workflow has what it waited for, so later replies get "no longer needed" and their codes are free again.
    /// </summary>
    public async Task CloseOpenAsync(string instanceId, string activityId, CancellationToken cancellationToken)
    {
        var open = await db.AckRequests
            .Where(a => a.InstanceId == instanceId && a.ActivityId == activityId && a.Status == AckStatus.Open)
            .ToListAsync(cancellationToken);
        foreach (var request in open) request.Status = AckStatus.Closed;
    }
}
