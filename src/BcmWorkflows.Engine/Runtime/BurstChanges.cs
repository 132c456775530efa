namespace BcmWorkflows.Engine.Runtime;

/// <summary>What one burst changed besides the instance state: committed together with it.</summary>
public sealed class BurstChanges
{
    public List<JournalEntry> Journal { get; } = [];
    public List<Bookmark> AddedBookmarks { get; } = [];
    public List<Bookmark> RemovedBookmarks { get; } = [];
    /// <summary>Child instances started by <c>RunWorkflow</c>; inserted in the same transaction.</summary>
    public List<WorkflowInstance> Children { get; } = [];
    /// <summary>Activities whose waits were cancelled in this burst (see <see cref="IActivityCancellationHandler"/>).</summary>
    public HashSet<string> CancelledActivities { get; } = new(StringComparer.Ordinal);
}
