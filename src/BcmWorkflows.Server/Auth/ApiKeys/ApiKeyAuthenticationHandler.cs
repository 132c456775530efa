using System.Text.Encodings.Web;
using BcmWorkflows.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Server.Auth.ApiKeys;

/// <summary>
/// Authenticates <c>Authorization: ApiKey bcm_…</c> (or <c>X-Api-Key: bcm_…</c>) against the stored hash. The row is
/// read on every request, so a revocation is effective on the next one, on every node. An unknown, malformed or
/// revoked key fails authentication (401); what the key may do is decided by <see cref="ApiKeyScopeAuthorizationHandler"/>.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, BcmDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>The key a request presents, or null when it presents none (then another scheme handles it).</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(ApiKeyClaims.Scheme + " ", StringComparison.OrdinalIgnoreCase))
            return authorization[(ApiKeyClaims.Scheme.Length + 1)..].Trim();
        var header = request.Headers[ApiKeyClaims.Header].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null) return AuthenticateResult.NoResult();
        // Never log the presented key: only whether it had our shape.
        if (!ApiKeySecret.TryParse(presented, out var id, out var secret)) return AuthenticateResult.Fail("Not an API key.");

        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, Context.RequestAborted);
        if (key is null || !ApiKeySecret.Matches(secret, key.SecretHash)) return AuthenticateResult.Fail("Unknown API key.");
        if (key.RevokedAt is not null) return AuthenticateResult.Fail("Revoked API key.");

        var now = clock.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt >= LastUsedResolution)
        {
            var stale = now - LastUsedResolution;
            // Conditional, outside the request's change tracker: concurrent requests write it once, and the request's own SaveChanges never sees it.
            await db.ApiKeys.Where(k => k.Id == id && (k.LastUsedAt == null || k.LastUsedAt < stale))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = ApiKeyClaims.Principal(key.Id, key.Name, key.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyClaims.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = ApiKeyClaims.Scheme;
        return Task.CompletedTask;
    }
}
