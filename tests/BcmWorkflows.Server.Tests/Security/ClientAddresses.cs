using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>
/// The in-memory test server has no client addresses; this start-up filter gives a request the address named in
/// <see cref="Header"/>, so tests can play several clients against the per-address limits.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, ClientAddresses>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address)) context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };

    private static int _last = Random.Shared.Next(1, 200);

    /// <summary>A client address no other test uses.</summary>
    public static string New() => $"10.{Interlocked.Increment(ref _last) % 250}.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}";
}
