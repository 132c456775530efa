namespace BcmWorkflows.Activities.Notifications;

/// <summary>
/// The engine event a confirmation raises (by SMS reply or link), correlated to the sending activity of one instance,
/// so that only that instance's <see cref="WaitForAcknowledgement"/> on that activity wakes up.
/// </summary>
public static class AcknowledgementEvents
{
    public const string Name = "bcm.acknowledged";

    public static string Correlation(string instanceId, string sendingActivityId) => $"{instanceId}:{sendingActivityId}";
}
