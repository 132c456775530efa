using System.Security.Claims;
using BcmWorkflows.Domain;
using BcmWorkflows.Notifications.People;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Auth;

/// <summary>Who is asking, in BCM terms: may they read every record, and which person (<c>Person.UserId</c>) are they.</summary>
public static class Viewer
{
    /// <summary>Admin, Coordinator and Manager read every record; others read what concerns them.</summary>
    public static bool ReadsAll(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Manager);

    /// <summary>May write BCM records (the <see cref="Policies.Manage"/> roles).</summary>
    public static bool Manages(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Coordinator);

    /// <summary>The id of the person linked to the signed-in user, or null when none is.</summary>
    public static Task<string?> PersonIdAsync(this ClaimsPrincipal user, IDomainDb db, CancellationToken ct) => user.PersonIdAsync(db.People, ct);

    /// <inheritdoc cref="PersonIdAsync(ClaimsPrincipal, IDomainDb, CancellationToken)"/>
    public static async Task<string?> PersonIdAsync(this ClaimsPrincipal user, IQueryable<Person> people, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        return await people.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>A 403 problem for a signed-in user who may not do this.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);
}
