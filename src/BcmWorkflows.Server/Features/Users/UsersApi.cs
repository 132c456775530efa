using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Users;

/// <summary>
/// Sign-in accounts under <c>/api/users</c>, administrators only: list them, create one with roles, change its roles,
/// set a new password (the way back for someone who forgot theirs: no password mail is sent). Each change is on the
/// audit trail of <c>user:{id}</c>. Role changes take effect at the user's next sign-in or token refresh.
/// </summary>
public static class UsersApi
{
    public sealed record UserView(string Id, string Email, IReadOnlyList<string> Roles, bool LockedOut);
    public sealed record CreateRequest(string? Email, string? Password, List<string?>? Roles);
    public sealed record RolesRequest(List<string?>? Roles);
    public sealed record PasswordRequest(string? Password);

    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("/", List).WithSummary("Every sign-in account with its roles.");
        group.MapPost("/", Create).WithSummary("Create an account with a password and roles.");
        group.MapPut("/{id}/roles", SetRoles).WithSummary("Replace an account's roles.");
        group.MapPost("/{id}/password", SetPassword).WithSummary("Set a new password for an account.");
        return api;
    }

    /// <summary>Two queries whatever the number of accounts (not one role query per account).</summary>
    private static async Task<Ok<List<UserView>>> List(BcmDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var roles = (await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            select new { userRole.UserId, role.Name }).ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.Name!, StringComparer.Ordinal);
        return TypedResults.Ok(all.Select(u => View(u, roles[u.Id], clock)).ToList());
    }

    private static async Task<Created<UserView>> Create(HttpRequest http, UserManager<BcmUser> users, BcmDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<CreateRequest>(http, ct);
        var errors = new Dictionary<string, string[]>();
        var email = body.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256 || !email.Contains('@', StringComparison.Ordinal)) errors["$.email"] = ["An email address is required."];
        if (string.IsNullOrEmpty(body.Password)) errors["$.password"] = ["A password is required."];
        var roles = CheckRoles(body.Roles, errors);
        if (errors.Count > 0) throw new RequestValidationException("The account is not valid.", errors);
        if (await users.FindByEmailAsync(email!) is not null) throw new ConflictException($"An account with the email '{email}' exists already.");

        var user = new BcmUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(user, body.Password!), "$.password");
        if (roles.Count > 0) Check(await users.AddToRolesAsync(user, roles), "$.roles");
        var actor = http.HttpContext.User.AuditName() ?? Actors.System;
        audit.Record(Subjects.User(user.Id), AuditKind.StateChange, "created", actor, $"Account {email} created with roles {Describe(roles)}.",
            new JsonObject { ["email"] = email, ["roles"] = RoleArray(roles) });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/users/{user.Id}", await ViewAsync(users, user, clock));
    }

    private static async Task<Ok<UserView>> SetRoles(string id, HttpRequest http, UserManager<BcmUser> users, BcmDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<RolesRequest>(http, ct);
        var errors = new Dictionary<string, string[]>();
        if (body.Roles is null) errors["$.roles"] = ["The list of roles is required (empty for none)."];
        var roles = CheckRoles(body.Roles, errors);
        if (errors.Count > 0) throw new RequestValidationException("The roles are not valid.", errors);
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException($"No account '{id}'.");
        // An administrator cannot lock everyone out of administration by removing their own role.
        if (user.Id == users.GetUserId(http.HttpContext.User) && !roles.Contains(Auth.Roles.Admin))
            throw new ConflictException("You cannot remove the Admin role from your own account.");

        var before = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, before.Except(roles, StringComparer.Ordinal)), "$.roles");
        Check(await users.AddToRolesAsync(user, roles.Except(before, StringComparer.Ordinal)), "$.roles");
        await users.UpdateSecurityStampAsync(user); // refresh tokens issued with the old roles stop working
        var actor = http.HttpContext.User.AuditName() ?? Actors.System;
        audit.Record(Subjects.User(user.Id), AuditKind.StateChange, "roles changed", actor,
            $"Roles of {user.Email}: {Describe(before)} → {Describe(roles)}.", new JsonObject { ["before"] = RoleArray(before), ["after"] = RoleArray(roles) });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ViewAsync(users, user, clock));
    }

    private static async Task<NoContent> SetPassword(string id, HttpRequest http, UserManager<BcmUser> users, BcmDbContext db, AuditLog audit, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<PasswordRequest>(http, ct);
        if (string.IsNullOrEmpty(body.Password)) throw RequestValidationException.For("$.password", "A password is required.");
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException($"No account '{id}'.");
        // The reset token path checks the password rules and renews the security stamp: old refresh tokens stop working.
        Check(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), body.Password), "$.password");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record(Subjects.User(user.Id), AuditKind.StateChange, "password set", http.HttpContext.User.AuditName() ?? Actors.System,
            $"A new password was set for {user.Email} by an administrator.", null);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static List<string> CheckRoles(List<string?>? given, Dictionary<string, string[]> errors)
    {
        var roles = new List<string>();
        for (var i = 0; i < (given?.Count ?? 0); i++)
        {
            var role = Auth.Roles.All.FirstOrDefault(r => string.Equals(r, given![i], StringComparison.OrdinalIgnoreCase));
            if (role is null) errors[$"$.roles[{i}]"] = [$"Unknown role '{given![i]}'; one of {string.Join(", ", Auth.Roles.All)}."];
            else if (!roles.Contains(role)) roles.Add(role);
        }
        return roles;
    }

    private static void Check(IdentityResult result, string path)
    {
        if (!result.Succeeded)
            throw new RequestValidationException("The account change was refused.",
                new Dictionary<string, string[]> { [path] = [.. result.Errors.Select(e => e.Description)] });
    }

    private static async Task<UserView> ViewAsync(UserManager<BcmUser> users, BcmUser user, TimeProvider clock) =>
        View(user, await users.GetRolesAsync(user), clock);

    private static UserView View(BcmUser user, IEnumerable<string> roles, TimeProvider clock) =>
        new(user.Id, user.Email ?? user.UserName ?? "", [.. roles.Order(StringComparer.Ordinal)], user.LockoutEnd is { } end && end > clock.GetUtcNow());

    private static string Describe(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles) : "none";

    private static JsonArray RoleArray(IEnumerable<string> roles) => new([.. roles.Select(r => JsonValue.Create(r))]);
}
