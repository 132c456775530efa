using Microsoft.AspNetCore.Identity;

namespace BcmWorkflows.Data.Entities;

/// <summary>A person who signs in (ASP.NET Core Identity user).</summary>
public class BcmUser : IdentityUser
{
    /// <summary>The name shown in the UI; the email is used when absent.</summary>
    public string? DisplayName { get; set; }
}
