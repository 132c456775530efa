namespace BcmWorkflows.Activities.ControlFlow;

/// <summary>One case of a <see cref="Switch"/>: a port name and the Boolean expression that selects it.</summary>
public sealed class SwitchCase
{
    public string Name { get; set; } = "";
    public string Condition { get; set; } = "";
}
