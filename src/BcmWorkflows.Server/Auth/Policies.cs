namespace BcmWorkflows.Server.Auth;

/// <summary>Named authorization policies; endpoints ask for these, never for roles directly.</summary>
public static class Policies
{
    /// <summary>Save, publish, retract, revert definitions; start, cancel, retry instances; raise events.</summary>
    public const string Design = "Design";

    /// <summary>Write BCM records: org units, roles, processes, risks, plans, call trees, exercises, training, actions (Admin, Coordinator).</summary>
    public const string Manage = "Manage";

    /// <summary>Read the audit trail and every record of every unit (Admin, Coordinator, Manager).</summary>
    public const string Audit = "Audit";
}
