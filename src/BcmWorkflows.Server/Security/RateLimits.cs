using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Server.Security;

/// <summary>
/// Rate limits on the doors anyone can knock on: login (per client address here, per email in
/// <see cref="LoginEmailLimiter"/>), acknowledgement links and the Twilio webhooks. Over the limit → 429 problem with
/// <c>Retry-After</c>. Defaults are generous on purpose: during an incident hundreds of people behind one office
/// address acknowledge at once, and Twilio posts every reply from a handful of addresses.
/// </summary>
public static class RateLimits
{
    public const string Login = "Login";
    public const string Ack = "Ack";
    public const string Webhooks = "Webhooks";

    private static readonly Dictionary<string, (int PermitLimit, int WindowSeconds)> Defaults = new()
    {
        [Login] = (60, 60),
        [Ack] = (1000, 60),
        [Webhooks] = (3000, 60),
    };

    public static IServiceCollection AddBcmRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var (name, (permits, window)) in Defaults)
        {
            var section = $"Bcm:RateLimits:{name}";
            services.AddOptions<RateLimitOptions>(name)
                .Configure(o => (o.PermitLimit, o.WindowSeconds) = (permits, window))
                .Bind(configuration.GetSection(section))
                .Validate(o => o.PermitLimit >= 0, $"{section}:PermitLimit must be 0 (off) or more.")
                .Validate(o => o.WindowSeconds >= 1, $"{section}:WindowSeconds must be at least 1.")
                .ValidateOnStart();
        }
        services.AddSingleton<LoginEmailLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => new ValueTask(TooManyRequests.WriteAsync(context.HttpContext, context.Lease));
            o.AddPolicy(Login, http => ByClientAddress(http, Login, onlyWhen: IsLogin(http)));
            o.AddPolicy(Ack, http => ByClientAddress(http, Ack, onlyWhen: true));
            o.AddPolicy(Webhooks, http => ByClientAddress(http, Webhooks, onlyWhen: true));
        });
        return services;
    }

    /// <summary>The Identity endpoints share one group; only <c>/login</c> is limited (refresh needs a valid token anyway).</summary>
    private static bool IsLogin(HttpContext http) => http.Request.Path.Value?.EndsWith("/login", StringComparison.OrdinalIgnoreCase) == true;

    private static RateLimitPartition<string> ByClientAddress(HttpContext http, string name, bool onlyWhen)
    {
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().Get(name);
        if (!onlyWhen || options.IsOff) return RateLimitPartition.GetNoLimiter("");
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        // The limits are part of the key, so a changed configuration starts fresh windows instead of keeping old ones.
        return RateLimitPartition.GetFixedWindowLimiter($"{address}|{options.PermitLimit}|{options.WindowSeconds}", _ => Window(options));
    }

    internal static FixedWindowRateLimiterOptions Window(RateLimitOptions options) => new()
    {
        PermitLimit = options.PermitLimit,
        Window = options.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
