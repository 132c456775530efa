using BcmWorkflows.Engine.Activities;

namespace BcmWorkflows.Engine.Tests.Support.TestActivities;

/// <summary>Fails while <see cref="FlakyGate.Failing"/> is set, then completes: for retry tests.</summary>
[Activity("TestFlaky", "Test", "Throws while the test's gate says so.")]
[Outcomes("Done")]
public sealed class Flaky(FlakyGate gate) : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        gate.Executions++;
        if (gate.Failing) throw new InvalidOperationException("The downstream system is unavailable.");
        context.Complete("Done");
        return ValueTask.CompletedTask;
    }
}

/// <summary>Controls <see cref="Flaky"/> from a test.</summary>
public sealed class FlakyGate
{
    public bool Failing { get; set; } = true;
    public int Executions { get; set; }
}
