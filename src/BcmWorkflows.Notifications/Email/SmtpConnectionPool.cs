using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Notifications.Email;

/// <summary>
/// Connected, authenticated SMTP clients kept between messages (connecting, STARTTLS and AUTH cost more than sending).
/// A client is used by one send at a time; after any error it is thrown away, and one idle longer than
/// <see cref="MaxIdle"/> is replaced because servers close idle connections.
/// </summary>
internal sealed class SmtpConnectionPool(IOptions<SmtpOptions> options, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxIdle = TimeSpan.FromSeconds(30);
    private const int MaxPooled = 32;
    private const int TimeoutMilliseconds = 30_000;

    private readonly ConcurrentBag<(SmtpClient Client, long ReturnedAt)> _idle = [];

    public async Task<SmtpClient> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var pooled))
        {
            if (pooled.Client.IsConnected && clock.GetElapsedTime(pooled.ReturnedAt) < MaxIdle) return pooled.Client;
            await DiscardAsync(pooled.Client);
        }
        var settings = options.Value;
        var client = new SmtpClient { Timeout = TimeoutMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host ?? "", settings.Port, SmtpSecurity.Parse(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
                await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Gives back a client that just sent successfully.</summary>
    public void Return(SmtpClient client)
    {
        if (client.IsConnected && _idle.Count < MaxPooled) _idle.Add((client, clock.GetTimestamp()));
        else client.Dispose();
    }

    /// <summary>
    /// Closes a client after an error: politely (QUIT) when the server answered, at once when the connection is in doubt
    /// (a QUIT to a server that stopped answering would wait for the whole timeout).
    /// </summary>
    public static async Task DiscardAsync(SmtpClient client, bool serverAnswered = true)
    {
        try
        {
            if (serverAnswered && client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.ServiceNotConnectedException or OperationCanceledException or InvalidOperationException)
        {
            // Already broken: disposing is all that is left.
        }
        client.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var pooled)) pooled.Client.Dispose();
    }
}
