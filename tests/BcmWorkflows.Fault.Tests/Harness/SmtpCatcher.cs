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

namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>
/// The mail server the nodes deliver to: a real SMTP listener (the SmtpServer package) on 127.0.0.1 that keeps every
/// message it accepted. It outlives the nodes, so it sees what a killed node handed over before it died, and a message
/// sent twice (same Message-Id: the outbox keeps it across attempts) shows up as a duplicate.
/// </summary>
public sealed class SmtpCatcher : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private readonly Task<int> _started;
    private Task _running = Task.CompletedTask;

    private SmtpCatcher()
    {
        var listeners = new EndpointListenerFactory();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        _started = started.Task;
        var options = new SmtpServerOptionsBuilder().ServerName("smtp.fault.test")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var services = new ServiceProvider();
        services.Add(_store);
        services.Add(listeners);
        _server = new SmtpServer.SmtpServer(options, services);
    }

    public int Port { get; private set; }

    /// <summary>Every accepted message in arrival order, duplicates included.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _store.Accepted];

    /// <summary>Takes the messages received since the last call (each message is handed out once).</summary>
    public List<MimeMessage> TakeNew()
    {
        var taken = new List<MimeMessage>();
        while (_store.Fresh.TryDequeue(out var message)) taken.Add(message);
        return taken;
    }

    public static async Task<SmtpCatcher> StartAsync()
    {
        var catcher = new SmtpCatcher();
        catcher._running = catcher._server.StartAsync(catcher._stop.Token);
        catcher.Port = await catcher._started.WaitAsync(TimeSpan.FromSeconds(10));
        return catcher;
    }

    /// <summary>The environment that points a node's email channel at this listener.</summary>
    public IEnumerable<KeyValuePair<string, string>> Environment() =>
    [
        new("Bcm__Email__Smtp__Host", "127.0.0.1"),
        new("Bcm__Email__Smtp__Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Bcm__Email__Smtp__From", "BCM Alerts <alerts@bcm.test>"),
        new("Bcm__Email__Smtp__Security", "None"),
    ];

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
            // Stopped or stopping.
        }
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();
        public ConcurrentQueue<MimeMessage> Fresh { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            Accepted.Enqueue(message);
            Fresh.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
