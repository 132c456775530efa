namespace BcmWorkflows.Domain.CallTrees;

public static class CallTreeEvents
{
    /// <summary>Raised by an activation; correlation = activation id; payload { callTreeId, activationId, incidentId?, message?, activatedBy }.</summary>
    public const string Activated = "calltree.activated";
}
