using System.Security.Claims;

namespace BcmWorkflows.Server.Auth.ApiKeys;

/// <summary>The claims of a principal authenticated by an API key.</summary>
public static class ApiKeyClaims
{
    /// <summary>The authentication scheme, also the identity's authentication type.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>Header alternative to <c>Authorization: ApiKey …</c>.</summary>
    public const string Header = "X-Api-Key";

    public const string Scope = "bcm:scope";
    public const string KeyId = "bcm:api-key";

    /// <summary>True when <paramref name="user"/> is an API key rather than a person.</summary>
    public static bool IsApiKey(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == KeyId);

    public static ClaimsPrincipal Principal(string id, string name, IEnumerable<string> scopes)
    {
        var claims = new List<Claim>
        {
            new(KeyId, id),
            new(ClaimTypes.NameIdentifier, $"api-key:{id}"),
            // Audit lines name the key ("api-key:HR sync"), the way they name a user by email.
            new(ClaimTypes.Name, $"api-key:{name}"),
        };
        claims.AddRange(scopes.Select(s => new Claim(Scope, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }
}
