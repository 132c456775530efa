using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Tasks;

namespace BcmWorkflows.Server.Features.Tasks;

/// <summary>A task in the inbox list; <c>participantIds</c> are the people who may complete it (assignees and delegates).</summary>
public sealed record TaskSummary(
    string Id,
    string Title,
    string Status,
    IReadOnlyList<string> Outcomes,
    DateTimeOffset? DueAt,
    bool Overdue,
    DateTimeOffset? EscalatedAt,
    string? Subject,
    int? SubjectRevision,
    IReadOnlyList<string> AssigneeRefs,
    IReadOnlyList<string> ParticipantIds,
    string? Outcome,
    string? CompletedBy,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt,
    string InstanceId,
    string ActivityId)
{
    public static TaskSummary From(HumanTask t, DateTimeOffset now) => new(
        t.Id, t.Title, t.Status.ToString(), t.Outcomes, t.DueAt, t.Status == HumanTaskStatus.Open && t.DueAt < now, t.EscalatedAt,
        t.Subject, t.SubjectRevision, t.Assignees, t.ParticipantIds, t.Outcome, t.CompletedBy, t.CompletedAt, t.CreatedAt, t.InstanceId, t.ActivityId);
}

/// <summary>A person who may complete the task.</summary>
public sealed record TaskPersonView(string PersonId, string? Name, DateTimeOffset AddedAt, string AddedBy, string? Note);

/// <summary>A delegate: who delegated (user and, when an assignee did, their person id), when, and why.</summary>
public sealed record TaskDelegateView(string PersonId, string? Name, string DelegatedBy, string? DelegatedByPersonId, DateTimeOffset At, string? Comment);

/// <summary>One line of the task's own audit trail.</summary>
public sealed record TaskHistoryView(DateTimeOffset At, string Kind, string Action, string Actor, string Summary, JsonNode? Data);

/// <summary>The whole task: what to decide, who may, what happened, and what the caller may do.</summary>
public sealed record TaskDetail(
    string Id,
    string Title,
    string? Description,
    string Status,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> CommentRequiredFor,
    DateTimeOffset? DueAt,
    bool Overdue,
    string? EscalateTo,
    DateTimeOffset? EscalatedAt,
    int RemindersSent,
    string? Subject,
    int? SubjectRevision,
    IReadOnlyList<string> AssigneeRefs,
    IReadOnlyList<TaskPersonView> Assignees,
    IReadOnlyList<TaskDelegateView> Delegates,
    string? Outcome,
    string? Comment,
    string? CompletedBy,
    string? CompletedByPersonId,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt,
    string InstanceId,
    string ActivityId,
    bool CanComplete,
    bool CanDelegate,
    IReadOnlyList<TaskHistoryView> History,
    JsonNode? Context);
