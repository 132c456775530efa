using System.Globalization;
using System.Threading.RateLimiting;

namespace BcmWorkflows.Server.Security;

/// <summary>The 429 answer: a problem with <c>Retry-After</c> in whole seconds.</summary>
public static class TooManyRequests
{
    public static async Task WriteAsync(HttpContext http, RateLimitLease lease)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = $"Too many requests; try again in {seconds} s." },
        });
    }
}
