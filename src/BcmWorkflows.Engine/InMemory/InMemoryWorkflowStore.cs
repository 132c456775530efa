using System.Collections.Concurrent;
using System.Text.Json;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Engine.Stores;

namespace BcmWorkflows.Engine.InMemory;

/// <summary>
/// Snapshots and instances kept in process memory, for engine tests and the in-memory benchmark.
/// State is stored serialised, as a database would, so bursts never share live objects.
/// </summary>
public sealed class InMemoryWorkflowStore : IWorkflowSnapshotStore, IWorkflowInstanceStore
{
    private readonly ConcurrentDictionary<string, WorkflowSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _instances = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<JournalEntry> _journal = new();
    private readonly List<Stimulus> _stimuli = [];
    private long _stimulusId;

    /// <summary>Adds a version of a definition; <paramref name="publish"/> makes it the published one.</summary>
    public WorkflowSnapshot Add(WorkflowDefinition definition, int version = 1, bool publish = true)
    {
        var snapshot = new WorkflowSnapshot($"{definition.DefinitionId}@{version}", definition.DefinitionId, version, definition);
        _snapshots[snapshot.SnapshotId] = snapshot;
        if (publish) _published[definition.DefinitionId] = snapshot.SnapshotId;
        return snapshot;
    }

    public void Retract(string definitionId) => _published.TryRemove(definitionId, out _);

    public IReadOnlyList<JournalEntry> JournalOf(string instanceId) =>
        _journal.Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToList();

    public WorkflowInstance? Get(string instanceId) =>
        _instances.TryGetValue(instanceId, out var bytes) ? Deserialize(bytes) : null;

    public int Count => _instances.Count;

    public Task<WorkflowSnapshot?> FindAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        var id = version is null ? _published.GetValueOrDefault(definitionId) : $"{definitionId}@{version}";
        return Task.FromResult(id is null ? null : _snapshots.GetValueOrDefault(id));
    }

    public Task<bool> DefinitionExistsAsync(string definitionId, CancellationToken cancellationToken) =>
        Task.FromResult(_snapshots.Values.Any(s => s.DefinitionId == definitionId));

    public Task<WorkflowSnapshot?> GetAsync(string snapshotId, CancellationToken cancellationToken) =>
        Task.FromResult(_snapshots.GetValueOrDefault(snapshotId));

    public Task<IReadOnlyList<string>> FindTriggeredByEventAsync(string eventName, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> result = _published.Values
            .Select(id => _snapshots[id])
            .Where(s => s.Definition.Triggers.Any(t => t.Type == TriggerDefinition.EventType && t.EventName == eventName))
            .Select(s => s.DefinitionId)
            .ToList();
        return Task.FromResult(result);
    }

    public Task<IInstanceSession> BeginNewAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IInstanceSession>(new Session(this, null, null));

    public async Task<IInstanceSession?> BeginExistingAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (!_instances.ContainsKey(instanceId)) return null;
        var gate = _locks.GetOrAdd(instanceId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        // Read after taking the lock: the previous holder may just have saved.
        return new Session(this, Deserialize(_instances.GetValueOrDefault(instanceId)!), gate);
    }

    public Task<IReadOnlyList<BookmarkMatch>> FindBookmarksAsync(string type, string name, string? correlationId, CancellationToken cancellationToken)
    {
        IReadOnlyList<BookmarkMatch> result = AllBookmarks()
            .Where(x => x.Bookmark.Type == type && x.Bookmark.Name == name && (x.Bookmark.CorrelationId is null || x.Bookmark.CorrelationId == correlationId))
            .Select(x => new BookmarkMatch(x.InstanceId, x.Bookmark.Id))
            .ToList();
        return Task.FromResult(result);
    }

    public Task<IReadOnlyList<BookmarkMatch>> FindDueTimersAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken)
    {
        IReadOnlyList<BookmarkMatch> result = AllBookmarks(live: true)
            .Where(x => x.Bookmark.DueAt is { } due && due <= dueBy)
            .OrderBy(x => x.Bookmark.DueAt)
            .Take(max)
            .Select(x => new BookmarkMatch(x.InstanceId, x.Bookmark.Id))
            .ToList();
        return Task.FromResult(result);
    }

    public Task<IReadOnlyList<string>> FindStalledAsync(DateTimeOffset updatedBefore, int max, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> result = _instances.Values.Select(Deserialize)
            .Where(i => i.Status == WorkflowStatus.Running && i.UpdatedAt < updatedBefore)
            .Take(max).Select(i => i.Id).ToList();
        return Task.FromResult(result);
    }

    public Task<long> RecordStimulusAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        lock (_stimuli)
        {
            var id = ++_stimulusId;
            _stimuli.Add(stimulus with { Id = id });
            return Task.FromResult(id);
        }
    }

    public Task<IReadOnlyList<Stimulus>> FindStimuliAsync(string eventName, string? correlationId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_stimuli)
        {
            IReadOnlyList<Stimulus> result = _stimuli
                .Where(s => s.EventName == eventName && s.ReceivedAt >= since && (correlationId is null || s.CorrelationId == correlationId))
                .ToList();
            return Task.FromResult(result);
        }
    }

    private IEnumerable<(string InstanceId, Bookmark Bookmark)> AllBookmarks(bool live = false) =>
        _instances.Values.Select(Deserialize)
            .Where(i => !live || i.Status is WorkflowStatus.Suspended or WorkflowStatus.Running)
            .SelectMany(i => i.State.Bookmarks.Select(b => (i.Id, b)));

    private static WorkflowInstance Deserialize(byte[] bytes) => JsonSerializer.Deserialize<WorkflowInstance>(bytes, WorkflowJson.Options)!;

    private sealed class Session(InMemoryWorkflowStore store, WorkflowInstance? instance, SemaphoreSlim? gate) : IInstanceSession
    {
        private bool _released;

        public WorkflowInstance? Instance => instance;

        public Task SaveAsync(WorkflowInstance saved, BurstChanges changes, CancellationToken cancellationToken)
        {
            store._instances[saved.Id] = JsonSerializer.SerializeToUtf8Bytes(saved, WorkflowJson.Options);
            foreach (var child in changes.Children) store._instances[child.Id] = JsonSerializer.SerializeToUtf8Bytes(child, WorkflowJson.Options);
            foreach (var entry in changes.Journal) store._journal.Enqueue(entry);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_released && gate is not null)
            {
                _released = true;
                gate.Release();
            }
            return ValueTask.CompletedTask;
        }
    }
}
