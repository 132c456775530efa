using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace BcmWorkflows.Notifications.Tests.Support;

public static class Wait
{
    private static readonly ConcurrentBag<Socket> HeldPorts = [];

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

    /// <summary>
    /// A TCP port on 127.0.0.1 that refuses connections for the rest of the test run: bound but never listening, so the
    /// kernel cannot hand it to a listener another test starts meanwhile (a port bound and released could be).
    /// </summary>
    public static int ClosedPort()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        HeldPorts.Add(socket);
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
