namespace BcmWorkflows.Domain.Tasks;

/// <summary>Where a human task stands: open until someone decides, or cancelled with its workflow.</summary>
public enum HumanTaskStatus
{
    Open,
    Completed,
    Cancelled,
}
