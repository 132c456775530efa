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

    public string Id => "ten-steps";
    public int Version => 1;

    public void Build(IWorkflowBuilder<Data> builder)
    {
        var step = builder.StartWith<Step>().Input(s => s.Value, d => d.Counter).Output(d => d.Counter, s => s.Value + 1);
        for (var i = 2; i <= 10; i++) step = step.Then<Step>().Input(s => s.Value, d => d.Counter).Output(d => d.Counter, s => s.Value + 1);
    }
}
