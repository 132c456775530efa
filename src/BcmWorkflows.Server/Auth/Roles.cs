namespace BcmWorkflows.Server.Auth;

/// <summary>The product's roles. Admin holds every permission.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Coordinator = "Coordinator";
    public const string Manager = "Manager";
    public const string Staff = "Staff";

    public static readonly IReadOnlyList<string> All = [Admin, Coordinator, Manager, Staff];
}
