using BcmWorkflows.Server.Auth;

namespace BcmWorkflows.Server.Features.ApiKeys;

public static class ApiKeysApi
{
    /// <summary>API keys under <c>/api-keys</c>, administrators only.</summary>
    public static RouteGroupBuilder MapApiKeysApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        CreateApiKey.Map(group);
        ManageApiKeys.Map(group);
        return api;
    }
}
