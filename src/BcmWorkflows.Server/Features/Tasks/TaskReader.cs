using System.Security.Claims;
using BcmWorkflows.Data;
using BcmWorkflows.Server.Auth;

namespace BcmWorkflows.Server.Features.Tasks;

/// <summary>Who is asking: the person linked to the signed-in user (<c>Person.UserId</c>), and whether they see every task.</summary>
public sealed record TaskReader(string? PersonId, bool SeesAll, bool Manages, string Actor)
{
    public static async Task<TaskReader> OfAsync(ClaimsPrincipal user, BcmDbContext db, CancellationToken cancellationToken)
    {
        var personId = await user.PersonIdAsync(db, cancellationToken);
        return new TaskReader(personId, user.ReadsAll(), user.Manages(),
            user.AuditName() ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown");
    }
}
