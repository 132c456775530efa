namespace BcmWorkflows.Server.Security;

/// <summary>
/// Refuses (403) a state-changing <c>/api</c> request that rides on the session cookie but comes from another site:
/// the browser says so in <c>Sec-Fetch-Site</c> (cross-site or same-site), or, from browsers that do not send it, an
/// <c>Origin</c> that is not this server. This is the antiforgery check for cookie sessions, without tokens: the
/// designer calls the API from its own origin, so it needs no change. Requests with an <c>Authorization</c> or
/// <c>X-Api-Key</c> header are not cookie-borne (a cross-site form cannot set headers) and pass; so do requests
/// without the cookie. The cookie is also <c>SameSite=Lax</c>, which keeps it off cross-site POSTs in current browsers;
/// this guard covers sibling subdomains (same-site) and older browsers.
/// </summary>
public static class CrossSiteRequestGuard
{
    public const string SessionCookie = "bcm.auth";

    public static WebApplication UseBcmCrossSiteRequestGuard(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsCrossSiteCookieWrite(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status403Forbidden, Title = "Cross-site request refused",
                        Detail = "A request signed in by the session cookie must come from this server's own pages.",
                    },
                });
                return;
            }
            await next(context);
        });
        return app;
    }

    /// <summary>True for a cookie-borne write to the API that a browser sent on behalf of another site.</summary>
    public static bool IsCrossSiteCookieWrite(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)) return false;
        if (!request.Path.StartsWithSegments("/api")) return false;
        if (!request.Cookies.ContainsKey(SessionCookie)) return false;
        if (request.Headers.Authorization.Count > 0 || request.Headers.ContainsKey("X-Api-Key")) return false;

        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0) return fetchSite is not ("same-origin" or "none");
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false; // not a browser, or a browser that sends neither: SameSite=Lax still applies
        return !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
