using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Engine.Stores;

/// <summary>
/// Durable instance state. A session is one transaction; an existing instance is locked for the
/// session so that one executor at a time runs it (on any node).
/// </summary>
public interface IWorkflowInstanceStore
{
    /// <summary>A session for a brand-new instance (nobody else knows its id yet, so no lock is taken).</summary>
    Task<IInstanceSession> BeginNewAsync(CancellationToken cancellationToken);

    /// <summary>Locks and loads an instance; null when no such instance exists.</summary>
    Task<IInstanceSession?> BeginExistingAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Bookmarks of <paramref name="type"/> named <paramref name="name"/> that match the correlation id (a bookmark without one matches any).</summary>
    Task<IReadOnlyList<BookmarkMatch>> FindBookmarksAsync(string type, string name, string? correlationId, CancellationToken cancellationToken);

    /// <summary>Timer bookmarks due at or before <paramref name="dueBy"/>.</summary>
    Task<IReadOnlyList<BookmarkMatch>> FindDueTimersAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken);

    /// <summary>Instances left <c>Running</c> (work queued, e.g. a node died mid-burst) and not updated since <paramref name="updatedBefore"/>.</summary>
    Task<IReadOnlyList<string>> FindStalledAsync(DateTimeOffset updatedBefore, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Records an event so that an instance still committing the bookmark that waits for it can find it. Ids must grow
    /// in the order events are recorded: the engine ignores events recorded no later than the one that caused a burst.
    /// </summary>
    Task<long> RecordStimulusAsync(Stimulus stimulus, CancellationToken cancellationToken);

    /// <summary>Events named <paramref name="eventName"/> received at or after <paramref name="since"/> that match the correlation id.</summary>
    Task<IReadOnlyList<Stimulus>> FindStimuliAsync(string eventName, string? correlationId, DateTimeOffset since, CancellationToken cancellationToken);
}

/// <summary>One unit of work over one instance: load (locked), then save everything in one commit.</summary>
public interface IInstanceSession : IAsyncDisposable
{
    /// <summary>The locked instance (null for a new-instance session).</summary>
    WorkflowInstance? Instance { get; }

    /// <summary>Writes the instance state, its bookmark index, the journal, any children and whatever else the burst's scope changed, and commits.</summary>
    Task SaveAsync(WorkflowInstance instance, BurstChanges changes, CancellationToken cancellationToken);
}

/// <summary>A bookmark found in the index.</summary>
public sealed record BookmarkMatch(string InstanceId, string BookmarkId);

/// <summary>An event as it was raised.</summary>
public sealed record Stimulus(long Id, string EventName, string? CorrelationId, System.Text.Json.Nodes.JsonNode? Payload, DateTimeOffset ReceivedAt);
