using BcmWorkflows.Notifications.Channels;
using BcmWorkflows.Notifications.Outbox.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Notifications.Outbox;

/// <summary>
/// Sends the outbox. Each round claims a batch of due messages for this node (<see cref="NodeId"/>), sends them with
/// bounded concurrency through the channel providers, throttled per sender, and writes the outcomes back in one go:
/// accepted → Sent; transient failure → Pending again after exponential back-off with full jitter; permanent failure or
/// attempts exhausted → Failed, and the next Standby message of its fallback group becomes Pending.
/// <para>
/// Every node runs one (with <see cref="LoopsPerNode"/> loops); claims keep them apart. All writes are conditional on the claim still being this node's, so
/// two nodes never both record a send. The duplicate that remains possible: a node that dies (or stalls past
/// <see cref="OutboxOptions.ClaimTimeout"/>) after the provider accepted a message but before its result committed —
/// the message is sent again once the claim expires. At most one claimed batch per dead node, and only its in-flight part.
/// Sends start early enough to end within the claim: a send gives up after <see cref="SendTimeout"/>, throttle waits
/// that would run past the claim put the message back (Pending, not an attempt) for when its sender is free.
/// </para>
/// </summary>
public sealed partial class OutboxDispatcher : BackgroundService
{
    /// <summary>How long one provider call may take before it counts as a transient failure.</summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Dispatch loops per node: while one waits for the database (claim, record), the other's messages are on the wire.
    /// In-flight sends of all loops together stay within <see cref="OutboxOptions.Concurrency"/>.
    /// </summary>
    public const int LoopsPerNode = 2;

    private readonly IServiceScopeFactory _scopes;
    private readonly SemaphoreSlim _sendSlots;
    private readonly ChannelRegistry _channels;
    private readonly SenderThrottle _throttle;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<OutboxDispatcher> _logger;

    public OutboxDispatcher(IServiceScopeFactory scopes, ChannelRegistry channels, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
        : this(scopes, channels, new SenderThrottle(clock), options, clock, logger)
    {
    }

    internal OutboxDispatcher(IServiceScopeFactory scopes, ChannelRegistry channels, SenderThrottle throttle, IOptions<OutboxOptions> options,
        TimeProvider clock, ILogger<OutboxDispatcher> logger)
    {
        _scopes = scopes;
        _channels = channels;
        _throttle = throttle;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _sendSlots = new SemaphoreSlim(_options.Concurrency, _options.Concurrency);
        NodeId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>This dispatcher's name in <see cref="OutboxMessage.ClaimedBy"/> and in the status history: machine/process/random.</summary>
    public string NodeId { get; }

    /// <summary>
    /// One round: claims up to <see cref="OutboxOptions.BatchSize"/> due messages, sends them and records the outcomes.
    /// Returns how many messages were claimed (0 when nothing was due). <paramref name="cancellationToken"/> stops throttle
    /// waits and the start of new sends (those messages go back to Pending); sends already under way finish and are recorded.
    /// </summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken = default)
    {
        var claimedAt = _clock.GetUtcNow();
        var until = claimedAt + _options.ClaimTimeout;
        List<OutboxMessage> claimed;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<INotificationsDb>();
            claimed = await OutboxQueue.For(db).ClaimAsync(db, NodeId, _options.BatchSize, claimedAt, until, cancellationToken);
        }
        if (claimed.Count == 0) return 0;

        // Start no send that could end after the claim does.
        var startBy = until - SendTimeout - TimeSpan.FromSeconds(5);
        var results = await Task.WhenAll(claimed.Select(m => SendOneAsync(m, startBy, cancellationToken)));
        await RecordAsync(results);
        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.DispatcherEnabled)
        {
            _logger.LogInformation("Outbox dispatcher disabled on this node (Bcm:Outbox:DispatcherEnabled=false)");
            return;
        }
        _logger.LogInformation("Outbox dispatcher {NodeId} started: {Loops} loops, batches of {BatchSize}, {Concurrency} sends at once",
            NodeId, LoopsPerNode, _options.BatchSize, _options.Concurrency);
        await Task.WhenAll(Enumerable.Range(0, LoopsPerNode).Select(_ => Task.Run(() => LoopAsync(stoppingToken), CancellationToken.None)));
        _logger.LogInformation("Outbox dispatcher {NodeId} stopped", NodeId);
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Outbox dispatch round failed on {NodeId}; trying again in {PollInterval}", NodeId, _options.PollInterval);
            }
            if (claimed > 0) continue;
            try
            {
                await Task.Delay(_options.PollInterval, _clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _sendSlots.Dispose();
    }
}
