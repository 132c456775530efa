namespace BcmWorkflows.Server.Auth;

/// <summary><c>Bcm:Admin</c>: the administrator created at start-up when no user has that email.</summary>
public sealed class AdminOptions
{
    public string? Email { get; set; }
    public string? Password { get; set; }
}
