namespace BcmWorkflows.Server.Auth;

/// <summary>Named authorization policies; endpoints ask for these, never for roles directly.</summary>
public static class Policies
{
    /// <summary>Save, publish, retract, revert definitions; start, cancel, retry instances; raise events.</summary>
    public const string Design = "Design";
}
