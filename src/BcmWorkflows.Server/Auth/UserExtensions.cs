using System.Security.Claims;

namespace BcmWorkflows.Server.Auth;

public static class UserExtensions
{
    /// <summary>The name recorded in <c>createdBy</c> and audit fields: the user's email or name.</summary>
    public static string? AuditName(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name;
}
