using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;

namespace BcmWorkflows.Server.Features.Instances;

/// <summary>An instance as the API shows it: indexed columns plus what the state blob holds.</summary>
public sealed record InstanceView(
    string InstanceId, string DefinitionId, int DefinitionVersion, string Status, string? CorrelationId, string? ParentInstanceId,
    JsonObject Input, JsonObject Variables, JsonObject? Output, IReadOnlyList<InstanceView.BookmarkView> Bookmarks, IReadOnlyList<InstanceView.IncidentView> Incidents,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt)
{
    public sealed record BookmarkView(string Id, string ActivityId, string Type, string? EventName, string? CorrelationId, DateTimeOffset? DueAt);
    public sealed record IncidentView(string ActivityId, string? ActivityType, string Message, DateTimeOffset At, DateTimeOffset? ResolvedAt);

    public static InstanceView From(WorkflowInstanceRecord record)
    {
        var state = JsonSerializer.Deserialize<WorkflowState>(record.StateJson, WorkflowJson.Options) ?? new WorkflowState();
        return new InstanceView(record.Id, record.DefinitionId, record.DefinitionVersion, record.Status, record.CorrelationId, record.ParentInstanceId,
            state.Input, state.Variables, state.Output,
            state.Bookmarks.Select(b => new BookmarkView(b.Id, b.ActivityId, b.Type, b.Type == Bookmark.EventType ? b.Name : null, b.CorrelationId, b.DueAt)).ToList(),
            state.Incidents.Select(i => new IncidentView(i.ActivityId, i.ActivityType, i.Message, i.At, i.ResolvedAt)).ToList(),
            record.CreatedAt, record.UpdatedAt, record.FinishedAt);
    }
}
