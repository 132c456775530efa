namespace BcmWorkflows.Domain.Tasks;

/// <summary>
/// A person who may complete a task: an assignee or a delegate. A row of its own (not JSON in the task) because the
/// inbox filters on it: "my tasks" are the tasks where I am a participant.
/// </summary>
public sealed class TaskParticipant
{
    public required string TaskId { get; set; }
    public required string PersonId { get; set; }
    public ParticipantKind Kind { get; set; }
    public DateTimeOffset AddedAt { get; set; }

    /// <summary>Who added the person: <c>workflow:{instanceId}</c> for assignees, the delegating user's email for delegates.</summary>
    public required string AddedBy { get; set; }

    /// <summary>For a delegate: the assignee's person id who delegated (null when a coordinator did).</summary>
    public string? DelegatedByPersonId { get; set; }

    /// <summary>Why: the delegation comment, or <c>escalated</c> for the role holders added when the task became overdue.</summary>
    public string? Note { get; set; }
}
