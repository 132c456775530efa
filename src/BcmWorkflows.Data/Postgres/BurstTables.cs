using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Runtime;
using NpgsqlTypes;

namespace BcmWorkflows.Data;

/// <summary>The three tables a start burst writes, column by column (names as the EF model maps them).</summary>
internal static class BurstTables
{
    public static readonly BurstTable<WorkflowInstance> Instances = new("workflow_instances",
    [
        Text<WorkflowInstance>("Id", i => i.Id),
        Text<WorkflowInstance>("DefinitionId", i => i.DefinitionId),
        new BurstColumn<WorkflowInstance, int>("DefinitionVersion", "int", NpgsqlDbType.Integer, i => i.DefinitionVersion),
        Text<WorkflowInstance>("SnapshotId", i => i.SnapshotId),
        Text<WorkflowInstance>("Status", i => i.Status.ToString()),
        Text<WorkflowInstance>("CorrelationId", i => i.CorrelationId),
        Text<WorkflowInstance>("ParentInstanceId", i => i.ParentInstanceId),
        Time<WorkflowInstance>("CreatedAt", i => i.CreatedAt),
        Time<WorkflowInstance>("UpdatedAt", i => i.UpdatedAt),
        Time<WorkflowInstance>("FinishedAt", i => i.FinishedAt),
        Text<WorkflowInstance>("StateJson", i => RecordMapper.SerializeState(i.State)),
    ], constant: ("Revision", "1"));

    public static readonly BurstTable<(string InstanceId, Bookmark Bookmark)> Bookmarks = new("workflow_bookmarks",
    [
        Text<(string InstanceId, Bookmark Bookmark)>("Id", b => b.Bookmark.Id),
        Text<(string InstanceId, Bookmark Bookmark)>("InstanceId", b => b.InstanceId),
        Text<(string InstanceId, Bookmark Bookmark)>("ActivityId", b => b.Bookmark.ActivityId),
        Text<(string InstanceId, Bookmark Bookmark)>("Type", b => b.Bookmark.Type),
        Text<(string InstanceId, Bookmark Bookmark)>("Name", b => b.Bookmark.Name),
        Text<(string InstanceId, Bookmark Bookmark)>("CorrelationId", b => b.Bookmark.CorrelationId),
        Time<(string InstanceId, Bookmark Bookmark)>("DueAt", b => b.Bookmark.DueAt),
        Time<(string InstanceId, Bookmark Bookmark)>("CreatedAt", b => b.Bookmark.CreatedAt),
    ]);

    public static readonly BurstTable<WorkflowJournalRecord> Journal = new("workflow_journal",
    [
        Text<WorkflowJournalRecord>("InstanceId", j => j.InstanceId),
        new BurstColumn<WorkflowJournalRecord, long>("FirstSequence", "bigint", NpgsqlDbType.Bigint, j => j.FirstSequence),
        new BurstColumn<WorkflowJournalRecord, long>("LastSequence", "bigint", NpgsqlDbType.Bigint, j => j.LastSequence),
        Time<WorkflowJournalRecord>("At", j => j.At),
        Text<WorkflowJournalRecord>("EntriesJson", j => j.EntriesJson),
    ]);

    private static BurstColumn<TRow> Text<TRow>(string name, Func<TRow, string?> read) =>
        new BurstColumn<TRow, string?>(name, "text", NpgsqlDbType.Text, read);

    private static BurstColumn<TRow> Time<TRow>(string name, Func<TRow, DateTimeOffset?> read) =>
        new BurstColumn<TRow, DateTimeOffset?>(name, "timestamptz", NpgsqlDbType.TimestampTz, read);
}
