namespace BcmWorkflows.Notifications.Tests.Support;

public static class Wait
{
    /// <summary>Polls <paramref name="condition"/> in real time until it holds, failing after <paramref name="seconds"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}.");
            await Task.Delay(10);
        }
    }

    /// <summary>A TCP port on 127.0.0.1 that nothing listens on (bound once, then released).</summary>
    public static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
