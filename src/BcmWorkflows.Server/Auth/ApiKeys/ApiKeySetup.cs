using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace BcmWorkflows.Server.Auth.ApiKeys;

public static class ApiKeySetup
{
    /// <summary>The default scheme: API key when the request presents one, else Identity's bearer-or-cookie scheme.</summary>
    public const string SelectingScheme = "Bcm";

    /// <summary>The composite scheme <c>AddIdentityApiEndpoints</c> registers (its constant is internal to Identity).</summary>
    private const string IdentityBearerOrCookie = "Identity.BearerAndApplication";

    /// <summary>
    /// Adds the API key scheme and makes <see cref="SelectingScheme"/> the default, so every endpoint that asks for a
    /// signed-in user accepts a key too, and then <see cref="ApiKeyScopeAuthorizationHandler"/> decides by scope.
    /// Call after Identity is added (it sets its own default scheme, which this replaces).
    /// </summary>
    public static IServiceCollection AddBcmApiKeys(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyClaims.Scheme, null)
            .AddPolicyScheme(SelectingScheme, null, o => o.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.PresentedKey(context.Request) is null ? IdentityBearerOrCookie : ApiKeyClaims.Scheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = SelectingScheme;
            o.DefaultAuthenticateScheme = SelectingScheme;
            o.DefaultChallengeScheme = SelectingScheme;
            o.DefaultForbidScheme = SelectingScheme;
        });
        services.AddSingleton<IAuthorizationHandler, ApiKeyScopeAuthorizationHandler>();
        return services;
    }
}
