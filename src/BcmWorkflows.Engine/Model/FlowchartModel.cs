namespace BcmWorkflows.Engine.Model;

/// <summary>The root of every definition: activities joined by connections from outcome ports.</summary>
public sealed class FlowchartModel
{
    public string Type { get; set; } = "Flowchart";
    public List<ActivityModel> Activities { get; set; } = [];
    public List<ConnectionModel> Connections { get; set; } = [];
}
