using System.Globalization;

namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>How much load the fault tests put on: <c>BCM_FAULT_WORKFLOWS</c> (default 300; 1,000 for the figures in docs/reliability.md) workflows in the cluster test.</summary>
public static class FaultScale
{
    public const string WorkflowsVariable = "BCM_FAULT_WORKFLOWS";

    public static int Workflows =>
        int.TryParse(Environment.GetEnvironmentVariable(WorkflowsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 300;
}
