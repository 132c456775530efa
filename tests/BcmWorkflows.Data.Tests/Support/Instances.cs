using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Data.Tests.Support;

/// <summary>Writes instances straight through the store (no definitions involved), as a burst would.</summary>
public static class Instances
{
    public static WorkflowInstance New(DateTimeOffset at, WorkflowStatus status = WorkflowStatus.Suspended, params Bookmark[] bookmarks) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        DefinitionId = "store-test",
        DefinitionVersion = 1,
        SnapshotId = "no-snapshot",
        Status = status,
        CreatedAt = at,
        UpdatedAt = at,
        FinishedAt = status is WorkflowStatus.Finished or WorkflowStatus.Cancelled ? at : null,
        State = new WorkflowState { Variables = new JsonObject { ["n"] = 0 }, Bookmarks = [.. bookmarks] },
    };

    public static Bookmark Bookmark(string type, string? name, string? correlationId = null, DateTimeOffset? dueAt = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ActivityId = "a",
        Type = type,
        Name = name,
        CorrelationId = correlationId,
        DueAt = dueAt,
        Data = new JsonObject { ["kept"] = true },
    };

    /// <summary>Inserts <paramref name="instance"/> with its bookmarks indexed and the given journal entries.</summary>
    public static async Task<WorkflowInstance> InsertAsync(DataHost host, WorkflowInstance instance, params JournalEntry[] journal)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
        await using var session = await store.BeginNewAsync(default);
        var changes = new BurstChanges();
        changes.AddedBookmarks.AddRange(instance.State.Bookmarks);
        changes.Journal.AddRange(journal);
        await session.SaveAsync(instance, changes, default);
        return instance;
    }

    public static JournalEntry Entry(WorkflowInstance instance, long sequence, DateTimeOffset at) => new()
    {
        InstanceId = instance.Id,
        Sequence = sequence,
        At = at,
        ActivityId = "a",
        ActivityType = "Log",
        Event = JournalEntry.Completed,
    };
}
