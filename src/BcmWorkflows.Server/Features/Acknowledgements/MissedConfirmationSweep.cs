using System.Text.Json.Nodes;
using BcmWorkflows.Activities.Notifications;
using BcmWorkflows.Data;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications.Acknowledgements;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Acknowledgements;

/// <summary>
/// The safety net behind <see cref="ResumeWaitingWorkflow"/>: a confirmation is committed first and its wake-up runs
/// afterwards in memory, so a node killed in between leaves a wait (WaitForAcknowledgement, a call tree's wave)
/// asleep although the confirmation is there. The maintenance sweep finds every <c>bcm.acknowledged</c> wait that
/// has a confirmation newer than itself and older than <paramref name="grace"/>, and raises the event again. Waits
/// re-read the confirmations whenever they wake, so a second wake-up changes nothing.
/// </summary>
public sealed class MissedConfirmationSweep(BcmDbContext db, WorkflowRuntime runtime, TimeProvider clock)
{
    public const int BatchSize = 100;

    public async Task<int> WakeAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        var settledBefore = clock.GetUtcNow() - grace;
        var correlations = await db.WorkflowBookmarks.AsNoTracking()
            .Where(b => b.Name == AcknowledgementEvents.Name && b.CorrelationId != null)
            .Where(b => db.AckRequests.Any(a => a.Status == AckStatus.Confirmed
                && a.InstanceId == b.InstanceId
                && a.InstanceId + ":" + a.ActivityId == b.CorrelationId
                && a.ConfirmedAt >= b.CreatedAt && a.ConfirmedAt < settledBefore))
            .Select(b => b.CorrelationId!)
            .Distinct()
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var woken = 0;
        foreach (var correlation in correlations)
        {
            var result = await runtime.RaiseEventAsync(AcknowledgementEvents.Name, correlation, new JsonObject { ["sweep"] = true }, cancellationToken);
            woken += result.Resumed.Count;
        }
        return woken;
    }
}
