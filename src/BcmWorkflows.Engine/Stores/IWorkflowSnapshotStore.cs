using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Engine.Stores;

/// <summary>Reads immutable definition snapshots and the trigger index.</summary>
public interface IWorkflowSnapshotStore
{
    /// <summary>The published version (<paramref name="version"/> null) or version N; null when there is none.</summary>
    Task<WorkflowSnapshot?> FindAsync(string definitionId, int? version, CancellationToken cancellationToken);

    Task<bool> DefinitionExistsAsync(string definitionId, CancellationToken cancellationToken);

    Task<WorkflowSnapshot?> GetAsync(string snapshotId, CancellationToken cancellationToken);

    /// <summary>Ids of definitions whose published version has an Event trigger for <paramref name="eventName"/>.</summary>
    Task<IReadOnlyList<string>> FindTriggeredByEventAsync(string eventName, CancellationToken cancellationToken);
}
