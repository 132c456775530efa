namespace BcmWorkflows.Engine.Runtime;

/// <summary>What one burst changed besides the instance state: committed together with it.</summary>
public sealed class BurstChanges
{
    public List<JournalEntry> Journal { get; } = [];
    public List<Bookmark> AddedBookmarks { get; } = [];
    public List<Bookmark> RemovedBookmarks { get; } = [];
    /// <summary>Child instances started by <c>RunWorkflow</c>; inserted in the same transaction.</summary>
    public List<WorkflowInstance> Children { get; } = [];
}
