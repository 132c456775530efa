using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;

namespace BcmWorkflows.Activities.Composition;

/// <summary>Starts the published version of another workflow as a child instance, optionally waiting for it.</summary>
[Activity("RunWorkflow", "Composition", "Starts the published version of another workflow as a child instance; with waitForCompletion, continues when the child finishes.", DisplayName = "Run workflow")]
[Outcomes("Done")]
[Output("output", "Object", "The child's output (its variables when it finished).")]
[Output("instanceId", "String", "The child instance id.")]
public sealed class RunWorkflow(IWorkflowSnapshotStore snapshots) : Activity
{
    [Input(Required = true, Description = "The definition id of the workflow to run.", UiHint = "Workflow")]
    public string DefinitionId { get; set; } = "";

    [Input(Description = "The child's input object.")]
    public JsonObject? Input { get; set; }

    [Input(Description = "Wait until the child finishes before continuing.")]
    public bool WaitForCompletion { get; set; }

    [Input(Description = "The child's correlation id; defaults to this instance's.")]
    public string? CorrelationId { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var snapshot = await snapshots.FindAsync(DefinitionId, null, context.CancellationToken)
            ?? throw new WorkflowFaultException($"The workflow '{DefinitionId}' has no published version to run.");
        var childId = context.StartChildWorkflow(snapshot, Input ?? [], CorrelationId ?? context.Instance.CorrelationId);
        context.SetOutput("instanceId", childId);
        if (WaitForCompletion) context.CreateBookmark(Bookmark.ChildWorkflowType, childId);
        else context.Complete("Done");
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var result = context.ResumePayload as JsonObject;
        var status = result?["status"]?.GetValue<string>();
        if (status != nameof(WorkflowStatus.Finished))
            throw new WorkflowFaultException($"The child workflow '{DefinitionId}' ended {status ?? "without a status"}.");
        context.SetOutput("output", result?["output"]);
        context.Complete("Done");
        return ValueTask.CompletedTask;
    }
}
