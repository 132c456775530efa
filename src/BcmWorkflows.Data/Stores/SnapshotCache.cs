using System.Collections.Concurrent;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Data;

/// <summary>
/// Parsed snapshots by id (singleton). Snapshots are immutable and content-addressed, so entries never go
/// stale; the cache is only bounded (cleared when full, like the runtime's graph cache).
/// </summary>
internal sealed class SnapshotCache
{
    private const int Limit = 2_000;
    private readonly ConcurrentDictionary<string, WorkflowSnapshot> _snapshots = new(StringComparer.Ordinal);

    public bool TryGet(string snapshotId, out WorkflowSnapshot snapshot) => _snapshots.TryGetValue(snapshotId, out snapshot!);

    public void Add(WorkflowSnapshot snapshot)
    {
        if (_snapshots.Count >= Limit) _snapshots.Clear();
        _snapshots[snapshot.SnapshotId] = snapshot;
    }
}
