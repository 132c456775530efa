using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Server.Security;

namespace BcmWorkflows.Server.Auth;

public static class AuthApi
{
    /// <summary>
    /// Identity's endpoints that work by emailing a code. No email sender is given to Identity (accounts are made by an
    /// administrator, messages go to people, not to accounts), so they would answer 200 and do nothing: not offered.
    /// </summary>
    private static readonly string[] EmailedCodeEndpoints = ["/confirmEmail", "/resendConfirmationEmail", "/forgotPassword", "/resetPassword"];

    /// <summary>
    /// ASP.NET Core Identity's API endpoints under <c>/api/auth</c> (<c>login</c>, <c>refresh</c>, <c>manage/info</c>,
    /// <c>manage/2fa</c>; <c>?useCookies=true</c> for the web UI) plus <c>me</c> and <c>logout</c>. Self-registration is
    /// an administrator's act here, not an anonymous one; the emailed-code endpoints are not offered.
    /// </summary>
    public static WebApplication MapAuthApi(this WebApplication app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapIdentityApi<BcmUser>().AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var path = http.Request.Path.Value ?? "";
            if (Array.Exists(EmailedCodeEndpoints, e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                    detail: "Email confirmation and password reset by emailed code are not offered; an administrator manages accounts.");
            if (path.EndsWith("/register", StringComparison.OrdinalIgnoreCase) && !http.User.IsInRole(Roles.Admin))
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Only an administrator may register users.");
            return await next(context);
        }).AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<LoginEmailLimiter>().FilterAsync(context, next))
        .RequireRateLimiting(RateLimits.Login);

        // personId: the person linked to this user (Person.UserId), so that "my" pages can ask for that person's records.
        auth.MapGet("/me", async (ClaimsPrincipal user, BcmDbContext db, CancellationToken ct) => TypedResults.Ok(new
        {
            id = user.FindFirstValue(ClaimTypes.NameIdentifier),
            email = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name,
            roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
            personId = await user.PersonIdAsync(db, ct),
        })).RequireAuthorization().WithSummary("The signed-in user, their roles and the person linked to them (null when none).");

        auth.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
            return TypedResults.NoContent();
        }).RequireAuthorization().WithSummary("Ends a cookie session.");
        return app;
    }
}
