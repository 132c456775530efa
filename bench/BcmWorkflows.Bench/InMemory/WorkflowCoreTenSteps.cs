using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace BcmWorkflows.Bench.InMemory;

/// <summary>The same 10-step sequential workflow on WorkflowCore: each step sets a counter.</summary>
public sealed class WorkflowCoreTenSteps : IWorkflow<WorkflowCoreTenSteps.Data>
{
    public sealed class Data
    {
        public int Counter { get; set; }
    }

    public sealed class Step : StepBody
    {
        public int Value { get; set; }
        public override ExecutionResult Run(IStepExecutionContext context) => ExecutionResult.Next();
    }

    /// <summary>The last step counts finished workflows (WorkflowCore's lifecycle events need an event hub set-up).</summary>
    public sealed class Finish : StepBody
    {
        private static int _finished;

        public static int Finished => Volatile.Read(ref _finished);

        public static void Reset() => Interlocked.Exchange(ref _finished, 0);
        public int Value { get; set; }

        public override ExecutionResult Run(IStepExecutionContext context)
        {
            Interlocked.Increment(ref _finished);
            return ExecutionResult.Next();
        }
    }

    public string Id => "ten-steps";
    public int Version => 1;

    public void Build(IWorkflowBuilder<Data> builder)
    {
        var step = builder.StartWith<Step>().Input(s => s.Value, d => d.Counter).Output(d => d.Counter, s => s.Value + 1);
        for (var i = 2; i <= 9; i++) step = step.Then<Step>().Input(s => s.Value, d => d.Counter).Output(d => d.Counter, s => s.Value + 1);
        step.Then<Finish>().Input(s => s.Value, d => d.Counter).Output(d => d.Counter, s => s.Value + 1);
    }
}
