namespace BcmWorkflows.Domain.Actions;

/// <summary>Engine events about improvement actions, raised after the change is saved; correlation id = the action id.</summary>
public static class ActionEvents
{
    /// <summary>A new action (payload <c>{ actionId }</c>): starts the <c>improvement-action</c> workflow.</summary>
    public const string Created = "action.created";

    /// <summary>The action's status changed: wakes <c>WaitForActionClosed</c>.</summary>
    public const string Changed = "bcm.action.changed";
}
