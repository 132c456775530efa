using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Activities.Notifications;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications.Acknowledgements;

namespace BcmWorkflows.Server.Features.Acknowledgements;

/// <summary>
/// The bridge from the notification side to the engine: a committed confirmation raises <c>bcm.acknowledged</c>
/// correlated to the sending activity of its instance, which wakes that instance's WaitForAcknowledgement. The engine
/// records the event first, so a wait that is still being committed picks it up too. Wake-ups of one wait are
/// coalesced and run in the background (<see cref="WakeUpCoalescer"/>); if this process dies before one runs, the
/// confirmation is committed all the same and the wait's timer completes it as Acknowledged.
/// </summary>
public sealed class ResumeWaitingWorkflow(WorkflowRuntime runtime, WakeUpCoalescer wakeUps, ILogger<ResumeWaitingWorkflow> logger) : IAcknowledgementListener
{
    public Task OnConfirmedAsync(AckRequest request, CancellationToken cancellationToken)
    {
        if (request.InstanceId is null || request.ActivityId is null) return Task.CompletedTask;
        var payload = new JsonObject
        {
            ["ackRequestId"] = request.Id,
            ["personId"] = request.PersonId,
            ["via"] = request.ConfirmedVia,
            ["at"] = request.ConfirmedAt?.ToString("O", CultureInfo.InvariantCulture),
        };
        var correlation = AcknowledgementEvents.Correlation(request.InstanceId, request.ActivityId);
        _ = wakeUps.Request(correlation, async () =>
        {
            // Not the caller's token: the wake-up outlives the request that asked for it.
            var result = await runtime.RaiseEventAsync(AcknowledgementEvents.Name, correlation, payload, CancellationToken.None);
            logger.LogInformation("Confirmations for {Correlation} woke {Resumed} wait(s)", correlation, result.Resumed.Count);
        });
        return Task.CompletedTask;
    }
}
