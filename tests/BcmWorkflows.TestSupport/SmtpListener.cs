using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using MimeMessage = MimeKit.MimeMessage;
using SmtpResponse = SmtpServer.Protocol.SmtpResponse;

namespace BcmWorkflows.TestSupport;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 and a free port. It keeps every message it accepted
/// (parsed with MimeKit) and answers DATA with the reply codes queued by <see cref="ReplyWith"/>, then 250. Started
/// outside a server process, it outlives the process: it sees what a killed node handed over before it died, and a
/// message sent twice (same Message-Id: the outbox keeps it across attempts) shows up twice.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private Task _running = Task.CompletedTask;

    private SmtpListener()
    {
        var listeners = new EndpointListenerFactory();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        Started = started.Task;
        var options = new SmtpServerOptionsBuilder().ServerName("smtp.test")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var services = new ServiceProvider();
        services.Add(_store);
        services.Add(listeners);
        _server = new SmtpServer.SmtpServer(options, services);
    }

    private Task<int> Started { get; }

    public int Port { get; private set; }

    /// <summary>Messages accepted so far, in order, duplicates included.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _store.Accepted];

    /// <summary>Takes the messages accepted since the last call (each message is handed out once).</summary>
    public List<MimeMessage> TakeNew()
    {
        var taken = new List<MimeMessage>();
        while (_store.Fresh.TryDequeue(out var message)) taken.Add(message);
        return taken;
    }

    /// <summary>How many messages reached DATA (accepted or refused).</summary>
    public int Attempts => _store.Attempts;

    public static async Task<SmtpListener> StartAsync()
    {
        var listener = new SmtpListener();
        listener._running = listener._server.StartAsync(listener._stop.Token);
        listener.Port = await listener.Started.WaitAsync(TimeSpan.FromSeconds(10));
        return listener;
    }

    /// <summary>The next messages get these replies (e.g. 451, then 550), in order; afterwards 250 again.</summary>
    public void ReplyWith(params int[] codes)
    {
        foreach (var code in codes) _store.Replies.Enqueue(code);
    }

    /// <summary>The settings that point the email channel at this listener.</summary>
    public Dictionary<string, string?> Settings(string from = "BCM Alerts <alerts@bcm.test>") => new()
    {
        ["Bcm:Email:Smtp:Host"] = "127.0.0.1",
        ["Bcm:Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bcm:Email:Smtp:From"] = from,
        ["Bcm:Email:Smtp:Security"] = "None",
    };

    /// <summary><see cref="Settings"/> as environment variables, for a server started as a process.</summary>
    public IEnumerable<KeyValuePair<string, string>> Environment() =>
        Settings().Select(s => new KeyValuePair<string, string>(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value!));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // Stopped (or stopping): nothing more to wait for.
        }
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        private int _attempts;

        public ConcurrentQueue<int> Replies { get; } = new();
        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();
        public ConcurrentQueue<MimeMessage> Fresh { get; } = new();
        public int Attempts => Volatile.Read(ref _attempts);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            if (Replies.TryDequeue(out var code) && code != 250)
                return new SmtpResponse((SmtpReplyCode)code, code >= 500 ? "5.1.1 Mailbox unavailable" : "4.3.0 Try again later");
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            Accepted.Enqueue(message);
            Fresh.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
