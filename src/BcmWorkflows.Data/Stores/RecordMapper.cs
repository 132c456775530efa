using System.Text.Json;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;

namespace BcmWorkflows.Data;

/// <summary>Engine objects to rows and back.</summary>
internal static class RecordMapper
{
    public static WorkflowInstanceRecord ToRecord(WorkflowInstance instance, long revision) => new()
    {
        Id = instance.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersion = instance.DefinitionVersion,
        SnapshotId = instance.SnapshotId,
        Status = instance.Status.ToString(),
        CorrelationId = instance.CorrelationId,
        ParentInstanceId = instance.ParentInstanceId,
        CreatedAt = instance.CreatedAt,
        UpdatedAt = instance.UpdatedAt,
        FinishedAt = instance.FinishedAt,
        StateJson = SerializeState(instance.State),
        Revision = revision,
    };

    public static string SerializeState(WorkflowState state) => JsonSerializer.Serialize(state, WorkflowJson.Options);

    public static WorkflowInstance ToInstance(WorkflowInstanceRecord record) => new()
    {
        Id = record.Id,
        DefinitionId = record.DefinitionId,
        DefinitionVersion = record.DefinitionVersion,
        SnapshotId = record.SnapshotId,
        Status = Enum.Parse<WorkflowStatus>(record.Status),
        CorrelationId = record.CorrelationId,
        ParentInstanceId = record.ParentInstanceId,
        CreatedAt = record.CreatedAt,
        UpdatedAt = record.UpdatedAt,
        FinishedAt = record.FinishedAt,
        State = JsonSerializer.Deserialize<WorkflowState>(record.StateJson, WorkflowJson.Options) ?? new WorkflowState(),
    };

    public static WorkflowBookmarkRecord ToRecord(Bookmark bookmark, string instanceId) => new()
    {
        Id = bookmark.Id,
        InstanceId = instanceId,
        ActivityId = bookmark.ActivityId,
        Type = bookmark.Type,
        Name = bookmark.Name,
        CorrelationId = bookmark.CorrelationId,
        DueAt = bookmark.DueAt,
        CreatedAt = bookmark.CreatedAt,
    };
}
