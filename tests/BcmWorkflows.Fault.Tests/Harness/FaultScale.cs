using System.Globalization;

namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>How much load the fault tests put on: <c>BCM_FAULT_WORKFLOWS</c> workflows in the cluster test (default 1,000, as issue 6 asks; about 2 minutes for both variants on an idle 2-core machine).</summary>
public static class FaultScale
{
    public const string WorkflowsVariable = "BCM_FAULT_WORKFLOWS";

    public static int Workflows =>
        int.TryParse(Environment.GetEnvironmentVariable(WorkflowsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1000;
}
