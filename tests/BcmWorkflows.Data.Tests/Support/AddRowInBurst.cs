using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Activities;

namespace BcmWorkflows.Data.Tests.Support;

/// <summary>
/// A test activity that writes through the burst's scoped <see cref="BcmDbContext"/> without saving, as
/// domain activities do: a stimulus row named <see cref="Marker"/>, and with <see cref="Conflict"/> also a
/// row that violates a primary key so that the burst's commit fails.
/// </summary>
[Activity("TestAddRowInBurst", "Test", "Adds rows to the scoped DbContext without saving.")]
[Outcomes("Done")]
public sealed class AddRowInBurst(BcmDbContext db) : Activity
{
    [Input(Required = true)]
    public string Marker { get; set; } = "";

    [Input]
    public bool Conflict { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        db.WorkflowStimuli.Add(new WorkflowStimulusRecord { EventName = Marker, ReceivedAt = context.Now });
        if (Conflict)
            db.WorkflowSnapshots.Add(new WorkflowSnapshotRecord { SnapshotId = context.Instance.SnapshotId, DefinitionId = "x", Json = "{}" });
        context.Complete("Done");
        return ValueTask.CompletedTask;
    }
}
