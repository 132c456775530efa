using System.Security.Claims;
using BcmWorkflows.Data;
using BcmWorkflows.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Tasks;

/// <summary>Who is asking: the person linked to the signed-in user (<c>Person.UserId</c>), and whether they see every task.</summary>
public sealed record TaskReader(string? PersonId, bool SeesAll, bool Manages, string Actor)
{
    public static async Task<TaskReader> OfAsync(ClaimsPrincipal user, BcmDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var personId = userId is null
            ? null
            : await db.People.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        var manages = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Coordinator);
        return new TaskReader(personId, manages || user.IsInRole(Roles.Manager), manages, user.AuditName() ?? userId ?? "unknown");
    }
}
