namespace BcmWorkflows.Activities.ControlFlow;

public enum JoinMode
{
    /// <summary>Continue once every inbound connection has arrived.</summary>
    WaitAll,
    /// <summary>Continue on the first arrival and cancel the other inbound branches.</summary>
    WaitAny,
}
