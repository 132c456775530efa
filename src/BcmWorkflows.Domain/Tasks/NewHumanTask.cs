namespace BcmWorkflows.Domain.Tasks;

/// <summary>What a <c>UserTask</c>/<c>Approval</c> activity asks for when it creates a task.</summary>
public sealed record NewHumanTask
{
    public required string InstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }

    /// <summary>Member references: <c>person:{id}</c>, <c>role:{key}</c>, <c>orgunit:{id}</c> or a bare person id.</summary>
    public required IReadOnlyList<string> Assignees { get; init; }
    public required IReadOnlyList<string> Outcomes { get; init; }
    public IReadOnlyList<string> CommentRequiredFor { get; init; } = [];
    public DateTimeOffset? DueAt { get; init; }
    public string? EscalateTo { get; init; }
    public string? Subject { get; init; }
    public int? SubjectRevision { get; init; }
}
