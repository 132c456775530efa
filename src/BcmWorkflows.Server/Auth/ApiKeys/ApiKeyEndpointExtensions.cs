namespace BcmWorkflows.Server.Auth.ApiKeys;

public static class ApiKeyEndpointExtensions
{
    /// <summary>
    /// Opens this endpoint to API keys holding <paramref name="scope"/>. Users are still authorized by the endpoint's
    /// own policy; keys are authorized by the scope alone. Endpoints without this accept no API key at all.
    /// </summary>
    public static TBuilder AcceptsApiKeyScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder
    {
        if (!ApiKeyScopes.All.Contains(scope)) throw new ArgumentException($"'{scope}' is not an API key scope.", nameof(scope));
        builder.WithMetadata(new ApiKeyScopeMetadata(scope));
        return builder;
    }
}
