using System.Collections.Frozen;
using BcmWorkflows.Engine.Model;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>A definition's flowchart indexed for execution; built once per immutable snapshot and shared.</summary>
public sealed class WorkflowGraph
{
    public WorkflowGraph(string snapshotId, WorkflowDefinition definition)
    {
        SnapshotId = snapshotId;
        Definition = definition;
        Activities = definition.Root.Activities.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        var connections = definition.Root.Connections;
        Outgoing = connections
            .GroupBy(c => Key(c.Source.Activity, c.Source.Port ?? ""), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c.Target.Activity).ToList(), StringComparer.Ordinal);
        Inbound = connections
            .GroupBy(c => c.Target.Activity, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => Key(c.Source.Activity, c.Source.Port ?? "")).Distinct().ToList(), StringComparer.Ordinal);
        StartActivities = StartActivitiesOf(definition.Root);
    }

    public string SnapshotId { get; }
    public WorkflowDefinition Definition { get; }
    public FrozenDictionary<string, ActivityModel> Activities { get; }
    /// <summary><c>activity:port</c> → target activity ids.</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> Outgoing { get; }
    /// <summary>activity id → the distinct <c>source:port</c> connections that lead into it.</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> Inbound { get; }
    /// <summary>Activities with no incoming connection: execution starts at every one of them.</summary>
    public IReadOnlyList<string> StartActivities { get; }

    /// <summary>The activities of <paramref name="flowchart"/> that no connection leads into, in definition order.</summary>
    public static IReadOnlyList<string> StartActivitiesOf(FlowchartModel flowchart)
    {
        var targets = flowchart.Connections.Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
        return flowchart.Activities.Select(a => a.Id).Where(id => !targets.Contains(id)).ToList();
    }

    public IReadOnlyList<string> TargetsOf(string activityId, string port) =>
        Outgoing.TryGetValue(Key(activityId, port), out var targets) ? targets : [];

    public IReadOnlyList<string> InboundOf(string activityId) =>
        Inbound.TryGetValue(activityId, out var inbound) ? inbound : [];

    /// <summary>Every activity from which <paramref name="activityId"/> can be reached (its upstream branches).</summary>
    public HashSet<string> AncestorsOf(string activityId)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([activityId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var via in InboundOf(id))
            {
                var source = via[..via.IndexOf(':', StringComparison.Ordinal)];
                if (source != activityId && result.Add(source)) queue.Enqueue(source);
            }
        }
        return result;
    }

    public static string Key(string activityId, string port) => $"{activityId}:{port}";
}
