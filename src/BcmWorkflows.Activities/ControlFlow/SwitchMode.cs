namespace BcmWorkflows.Activities.ControlFlow;

public enum SwitchMode
{
    /// <summary>Only the first case whose condition holds.</summary>
    MatchFirst,
    /// <summary>Every case whose condition holds (parallel branches).</summary>
    MatchAny,
}
