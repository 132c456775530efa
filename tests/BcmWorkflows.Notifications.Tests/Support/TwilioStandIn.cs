using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BcmWorkflows.Notifications.Tests.Support;

/// <summary>
/// A local Kestrel stand-in for Twilio's REST API: <c>POST /2010-04-01/Accounts/{sid}/Messages.json</c> records the form
/// the Twilio SDK sent and answers 201 <c>{"sid":"SM…","status":"queued"}</c>, or the errors queued by
/// <see cref="FailWith"/> first (a Twilio error body with code and HTTP status).
/// </summary>
public sealed class TwilioStandIn : IAsyncDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string AuthToken = "stand-in-auth-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, int Code)> _failures = new();
    private readonly ConcurrentQueue<Request> _requests = new();
    private int _sequence;

    /// <summary>One request as the stand-in received it: the account in the path, the Basic user, and the form fields.</summary>
    public sealed record Request(string PathAccount, string? BasicUser, IReadOnlyDictionary<string, string> Form, string? Sid)
    {
        public string? this[string field] => Form.GetValueOrDefault(field);
    }

    private TwilioStandIn(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request received, accepted or not.</summary>
    public IReadOnlyList<Request> Requests => [.. _requests];

    /// <summary>Requests that were answered 201 (a message Twilio would send).</summary>
    public IReadOnlyList<Request> Accepted => [.. _requests.Where(r => r.Sid is not null)];

    public static async Task<TwilioStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new TwilioStandIn(app);
        app.MapPost("/2010-04-01/Accounts/{account}/Messages.json", standIn.CreateMessageAsync);
        await app.StartAsync();
        standIn.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return standIn;
    }

    /// <summary>The next requests fail with these (HTTP status, Twilio code) pairs, in order; afterwards they succeed.</summary>
    public void FailWith(params (int Status, int Code)[] failures)
    {
        foreach (var failure in failures) _failures.Enqueue(failure);
    }

    /// <summary>Settings that point the SMS channel here, sending from <paramref name="from"/> (or a messaging service).</summary>
    public Dictionary<string, string?> Settings(string? from = "+15005550006", string? messagingServiceSid = null, string? publicBaseUrl = "https://bcm.example.org") => new()
    {
        ["Bcm:Sms:Twilio:AccountSid"] = AccountSid,
        ["Bcm:Sms:Twilio:AuthToken"] = AuthToken,
        ["Bcm:Sms:Twilio:From"] = from,
        ["Bcm:Sms:Twilio:MessagingServiceSid"] = messagingServiceSid,
        ["Bcm:Sms:Twilio:PublicBaseUrl"] = publicBaseUrl,
        ["Bcm:Sms:Twilio:ApiBaseUrl"] = BaseUrl,
    };

    private async Task<IResult> CreateMessageAsync(string account, HttpRequest request)
    {
        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        var user = BasicUser(request.Headers.Authorization.ToString());
        if (_failures.TryDequeue(out var failure))
        {
            _requests.Enqueue(new Request(account, user, form, null));
            return Results.Json(new { code = failure.Code, message = $"Stand-in error {failure.Code}", more_info = $"https://www.twilio.com/docs/errors/{failure.Code}", status = failure.Status },
                statusCode: failure.Status);
        }
        var sid = $"SM{Interlocked.Increment(ref _sequence):D32}";
        _requests.Enqueue(new Request(account, user, form, sid));
        return Results.Json(new { sid, account_sid = account, to = form.GetValueOrDefault("To"), body = form.GetValueOrDefault("Body"), status = "queued" },
            statusCode: StatusCodes.Status201Created);
    }

    private static string? BasicUser(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.Ordinal)) return null;
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
        return decoded.Split(':')[0];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
