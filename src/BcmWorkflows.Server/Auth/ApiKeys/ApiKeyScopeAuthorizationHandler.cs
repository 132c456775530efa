using Microsoft.AspNetCore.Authorization;

namespace BcmWorkflows.Server.Auth.ApiKeys;

/// <summary>
/// For a request authenticated by an API key, the endpoint's <see cref="ApiKeyScopeMetadata"/> replaces its policy:
/// the key passes when it holds that scope, and fails everywhere else (even on endpoints open to any signed-in user),
/// so a key reads nothing and does nothing beyond its scopes. Requests from users are left to the other handlers.
/// </summary>
public sealed class ApiKeyScopeAuthorizationHandler : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (!context.User.IsApiKey()) return Task.CompletedTask;
        var scope = (context.Resource as HttpContext)?.GetEndpoint()?.Metadata.GetMetadata<ApiKeyScopeMetadata>()?.Scope;
        if (scope is not null && context.User.HasClaim(ApiKeyClaims.Scope, scope))
        {
            foreach (var requirement in context.PendingRequirements.ToList()) context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, scope is null ? "API keys may not call this endpoint." : $"The API key lacks the scope {scope}."));
        }
        return Task.CompletedTask;
    }
}
