using System.Collections.Concurrent;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Data;

/// <summary>
/// Process-wide caches for starting instances without a database read (singleton).
/// Parsed snapshots by id: immutable and content-addressed, so they never go stale; only bounded.
/// Which snapshot a definition has published: kept for <see cref="PublishedTtl"/> and dropped at once
/// when this process publishes or retracts, so another node's publish is seen within that time.
/// </summary>
internal sealed class SnapshotCache
{
    /// <summary>How long another node's publish or retract may go unseen here.</summary>
    public static readonly TimeSpan PublishedTtl = TimeSpan.FromSeconds(1);

    private const int Limit = 2_000;
    private readonly ConcurrentDictionary<string, WorkflowSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string SnapshotId, long Expires)> _published = new(StringComparer.Ordinal);
    private long _generation;

    public bool TryGet(string snapshotId, out WorkflowSnapshot snapshot) => _snapshots.TryGetValue(snapshotId, out snapshot!);

    public void Add(WorkflowSnapshot snapshot)
    {
        if (_snapshots.Count >= Limit) _snapshots.Clear();
        _snapshots[snapshot.SnapshotId] = snapshot;
    }

    /// <summary>Read before querying the published version; pass to <see cref="SetPublished"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGetPublished(string definitionId, out string snapshotId)
    {
        if (_published.TryGetValue(definitionId, out var entry) && Environment.TickCount64 < entry.Expires)
        {
            snapshotId = entry.SnapshotId;
            return true;
        }
        snapshotId = "";
        return false;
    }

    /// <summary>Remembers a published snapshot read from the database, unless a publish or retract happened here since <paramref name="generation"/>.</summary>
    public void SetPublished(string definitionId, string snapshotId, long generation)
    {
        if (_published.Count >= Limit) _published.Clear();
        _published[definitionId] = (snapshotId, Environment.TickCount64 + (long)PublishedTtl.TotalMilliseconds);
        if (Generation != generation) _published.TryRemove(definitionId, out _);
    }

    /// <summary>Called after this process committed a change of what is published.</summary>
    public void ForgetPublished(string definitionId)
    {
        Interlocked.Increment(ref _generation);
        _published.TryRemove(definitionId, out _);
    }
}
