using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Server.Security;

/// <summary>
/// The per-email half of the login limit (the per-address half is the <see cref="RateLimits.Login"/> policy): an
/// endpoint filter, because the email is in the body, which only model binding has read. Spreading guesses for one
/// account over many addresses is held back here; the account's lockout (5 failures, 5 minutes) stays the last word.
/// </summary>
public sealed class LoginEmailLimiter(IOptionsMonitor<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
    {
        var current = options.Get(RateLimits.Login);
        return current.IsOff ? RateLimitPartition.GetNoLimiter(key) : RateLimitPartition.GetFixedWindowLimiter(key, _ => RateLimits.Window(current));
    });

    /// <summary>The filter for Identity's endpoints: only calls carrying a <see cref="LoginRequest"/> count.</summary>
    public async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<LoginRequest>().FirstOrDefault() is { Email: { Length: > 0 } email })
        {
            var current = options.Get(RateLimits.Login);
            using var lease = _limiter.AttemptAcquire($"{email.Trim().ToUpperInvariant()}|{current.PermitLimit}|{current.WindowSeconds}");
            if (!lease.IsAcquired)
            {
                await TooManyRequests.WriteAsync(context.HttpContext, lease);
                return Results.Empty;
            }
        }
        return await next(context);
    }

    public void Dispose() => _limiter.Dispose();
}
