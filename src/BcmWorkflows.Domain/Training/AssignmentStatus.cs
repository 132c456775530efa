namespace BcmWorkflows.Domain.Training;

/// <summary>Where a training assignment stands: <c>Assigned</c> (open) → <c>Completed</c>, or <c>Cancelled</c>. Overdue is computed, not stored.</summary>
public enum AssignmentStatus
{
    Assigned,
    Completed,
    Cancelled,
}
