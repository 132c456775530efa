using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BcmWorkflows.Bench.Notifications;

/// <summary>
/// The Twilio REST API as the benchmark needs it: accepts every message at once (201 queued), counting them and the
/// moment each arrived, and counting recipients that got more than one message (duplicates).
/// </summary>
public sealed class TwilioSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<double> _arrivals = [];
    private readonly HashSet<string> _recipients = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private TwilioSink(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";
    public int Duplicates { get; private set; }

    public int Count
    {
        get { lock (_arrivals) return _arrivals.Count; }
    }

    /// <summary>Seconds (on this sink's clock) at which each message arrived, in order.</summary>
    public IReadOnlyList<double> Arrivals
    {
        get { lock (_arrivals) return [.. _arrivals]; }
    }

    public double Now => _clock.Elapsed.TotalSeconds;

    public static async Task<TwilioSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var sink = new TwilioSink(app);
        var sequence = 0;
        app.MapPost("/2010-04-01/Accounts/{account}/Messages.json", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            sink.Record(form["To"].ToString());
            var sid = $"SM{Interlocked.Increment(ref sequence):x32}";
            return Results.Json(new { sid, status = "queued" }, statusCode: 201);
        });
        await app.StartAsync();
        sink.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return sink;
    }

    private void Record(string to)
    {
        lock (_arrivals)
        {
            _arrivals.Add(_clock.Elapsed.TotalSeconds);
            if (!_recipients.Add(to)) Duplicates++;
        }
    }

    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (Count < count)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Only {Count} of {count} messages reached the Twilio stand-in within {timeout}.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
