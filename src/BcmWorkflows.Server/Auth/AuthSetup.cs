using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace BcmWorkflows.Server.Auth;

public static class AuthSetup
{
    /// <summary>
    /// ASP.NET Core Identity on the shared DbContext with bearer tokens and cookies (one composite scheme),
    /// the four roles and the policies. API calls get 401/403, never a redirect.
    /// </summary>
    public static IServiceCollection AddBcmAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection("Bcm:Admin"));
        services.AddIdentityApiEndpoints<BcmUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BcmDbContext>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "bcm.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = c => Deny(c.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Deny(c.Response, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Design, p => p.RequireRole(Roles.Admin, Roles.Coordinator))
            .AddPolicy(Policies.Manage, p => p.RequireRole(Roles.Admin, Roles.Coordinator))
            .AddPolicy(Policies.Audit, p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.Manager));
        services.AddScoped<AdminSeeder>();
        return services;
    }

    private static Task Deny(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
