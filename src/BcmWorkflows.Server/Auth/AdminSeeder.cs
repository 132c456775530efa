using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Server.Auth;

/// <summary>Creates the roles, and the administrator from <c>Bcm:Admin:*</c> when no user has that email.</summary>
public sealed class AdminSeeder(RoleManager<IdentityRole> roles, UserManager<BcmUser> users, IOptions<AdminOptions> options, ILogger<AdminSeeder> logger)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
        }

        var admin = options.Value;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrEmpty(admin.Password))
        {
            if (!string.IsNullOrWhiteSpace(admin.Email) || !string.IsNullOrEmpty(admin.Password))
                throw new InvalidOperationException("Set both Bcm:Admin:Email and Bcm:Admin:Password to seed an administrator.");
            return;
        }
        if (await users.FindByEmailAsync(admin.Email) is not null) return;

        var user = new BcmUser { UserName = admin.Email, Email = admin.Email, EmailConfirmed = true, DisplayName = "Administrator" };
        Check(await users.CreateAsync(user, admin.Password), "Bcm:Admin (the password must have 8+ characters with upper case, lower case, a digit and a symbol)");
        Check(await users.AddToRolesAsync(user, Roles.All), "Bcm:Admin roles");
        logger.LogInformation("Administrator {Email} created", admin.Email);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
