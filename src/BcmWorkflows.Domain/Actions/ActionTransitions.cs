namespace BcmWorkflows.Domain.Actions;

/// <summary>
/// Which status changes the owner may make through <c>/status</c>, and which only the effectiveness check
/// (<c>/verify</c>) makes. Kept as a table so that the rules read at a glance and are tested one by one.
/// </summary>
public static class ActionTransitions
{
    private static readonly Dictionary<ActionStatus, ActionStatus[]> ByOwner = new()
    {
        [ActionStatus.Open] = [ActionStatus.InProgress],
        [ActionStatus.InProgress] = [ActionStatus.Completed],
        [ActionStatus.Reopened] = [ActionStatus.InProgress],
        [ActionStatus.Completed] = [],
        [ActionStatus.Verified] = [],
    };

    /// <summary>True when <c>/status</c> may move an action from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool OwnerMay(ActionStatus from, ActionStatus to) => ByOwner[from].Contains(to);

    /// <summary>Verified and Reopened are the effectiveness check's verdicts, never set by the owner.</summary>
    public static bool IsVerdict(ActionStatus status) => status is ActionStatus.Verified or ActionStatus.Reopened;

    /// <summary>Still being worked on: Open, InProgress or Reopened (the due date matters only then).</summary>
    public static bool IsOpen(ActionStatus status) => status is ActionStatus.Open or ActionStatus.InProgress or ActionStatus.Reopened;
}
