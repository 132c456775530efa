using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>Every endpoint the running server routes, as <c>METHOD /pattern</c> keys read from its <see cref="EndpointDataSource"/>.</summary>
public static partial class ServerEndpoints
{
    /// <summary>
    /// <c>GET /api/plans/{id}</c> style keys, one per method of each route endpoint (no method metadata: <c>*</c>);
    /// a trailing slash is dropped so <c>group.MapGet("/")</c> reads like the group's path.
    /// </summary>
    public static IReadOnlySet<string> Keys(IServiceProvider services)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = Normalise(endpoint.RoutePattern.RawText ?? "");
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            foreach (var method in methods is { Count: > 0 } ? methods : ["*"]) keys.Add($"{method} {pattern}");
        }
        return keys;
    }

    /// <summary>A leading slash, no trailing slash (except the root).</summary>
    public static string Normalise(string pattern)
    {
        var path = "/" + pattern.Trim('/');
        return path;
    }

    /// <summary>
    /// A concrete path for <paramref name="pattern"/>: each route parameter (<c>{id}</c>, <c>{n:int}</c>, <c>{**rest}</c>)
    /// replaced by <paramref name="values"/>' value for its name, else a fixed id that names nothing.
    /// </summary>
    public static string Fill(string pattern, IReadOnlyDictionary<string, string> values) =>
        Parameter().Replace(pattern, m =>
        {
            var name = m.Groups["name"].Value;
            return values.TryGetValue(name, out var value) ? Uri.EscapeDataString(value) : m.Groups["constraint"].Value.StartsWith(":int") ? "987654" : "authz-none";
        });

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<constraint>[^}]*)\}")]
    private static partial Regex Parameter();
}
