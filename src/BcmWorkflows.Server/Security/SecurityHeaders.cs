namespace BcmWorkflows.Server.Security;

/// <summary>
/// Headers on every response, errors included (added as the response starts, after any handler cleared the headers).
/// The CSP fits the designer's Vite build (scripts and styles from the server itself; React Flow positions nodes
/// with inline styles, hence <c>'unsafe-inline'</c> for styles only) and the acknowledgement page (one inline style
/// block, a form posting to itself). <c>Referrer-Policy: no-referrer</c> because acknowledgement links carry tokens
/// in the path. HSTS only on HTTPS requests: over plain HTTP a browser ignores it anyway.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static WebApplication UseBcmSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
