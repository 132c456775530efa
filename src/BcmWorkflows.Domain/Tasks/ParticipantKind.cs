namespace BcmWorkflows.Domain.Tasks;

/// <summary>Why a person may act on a task.</summary>
public enum ParticipantKind
{
    /// <summary>Named by the workflow (directly, through a role or an org unit) or added by escalation.</summary>
    Assignee,
    /// <summary>Asked to act in an assignee's place.</summary>
    Delegate,
}
