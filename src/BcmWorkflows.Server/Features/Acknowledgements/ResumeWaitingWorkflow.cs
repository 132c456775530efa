using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Activities.Notifications;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications.Acknowledgements;

namespace BcmWorkflows.Server.Features.Acknowledgements;

/// <summary>
/// The bridge from the notification side to the engine: a committed confirmation raises <c>bcm.acknowledged</c>
/// correlated to the sending activity of its instance, which wakes that instance's WaitForAcknowledgement. The engine
/// records the event first, so a wait that is still being committed picks it up too.
/// </summary>
public sealed class ResumeWaitingWorkflow(WorkflowRuntime runtime, ILogger<ResumeWaitingWorkflow> logger) : IAcknowledgementListener
{
    public async Task OnConfirmedAsync(AckRequest request, CancellationToken cancellationToken)
    {
        if (request.InstanceId is null || request.ActivityId is null) return;
        var payload = new JsonObject
        {
            ["ackRequestId"] = request.Id,
            ["personId"] = request.PersonId,
            ["via"] = request.ConfirmedVia,
            ["at"] = request.ConfirmedAt?.ToString("O", CultureInfo.InvariantCulture),
        };
        var result = await runtime.RaiseEventAsync(AcknowledgementEvents.Name,
            AcknowledgementEvents.Correlation(request.InstanceId, request.ActivityId), payload, cancellationToken);
        logger.LogInformation("Acknowledgement {AckRequestId} via {Via} resumed {Resumed} wait(s) of instance {InstanceId}",
            request.Id, request.ConfirmedVia, result.Resumed.Count, request.InstanceId);
    }
}
