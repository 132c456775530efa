using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>
/// Loads (or creates) the link signing key when the server starts, so that the first link is not made inside a
/// workflow burst's transaction while another connection writes the key (on SQLite that second writer would wait for
/// the burst's lock). A failure is logged, not fatal: the key is then made on first use.
/// </summary>
public sealed class AckLinkKeyWarmup(AckLinkKey key, ILogger<AckLinkKeyWarmup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await key.GetAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not load the acknowledgement link signing key at start-up; it will be loaded on first use");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
