using System.Security.Claims;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Server.Auth;

namespace BcmWorkflows.Server.Features.Plans;

/// <summary>The signed-in user as the plan domain sees them: audit name, account (for approvers, owners and org-unit scoping), administrator or not.</summary>
internal static class PlanActors
{
    public static PlanActor PlanActor(this ClaimsPrincipal user) =>
        new(user.AuditName() ?? Actors.System, user.FindFirstValue(ClaimTypes.NameIdentifier), user.IsInRole(Roles.Admin));
}
