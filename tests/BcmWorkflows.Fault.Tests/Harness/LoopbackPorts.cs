using System.Net;
using System.Net.Sockets;

namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>
/// Ports for the processes the harness starts and restarts (server nodes, a private PostgreSQL). They come from below
/// Linux's ephemeral range (32768–60999 by default): a port from inside it, free when chosen, can be taken while its
/// process is down (killed, or PostgreSQL stopped for the outage test) as the source port of any outgoing connection or
/// by another listener's bind to port 0, and the restart would then fail to bind. Below the range only an explicit
/// bind to that number takes it.
/// </summary>
public static class LoopbackPorts
{
    private const int First = 20_000, Last = 32_000;
    private static int _next = Random.Shared.Next(First, Last);

    /// <summary>A port below the ephemeral range that nothing on 127.0.0.1 listens on now.</summary>
    public static int Free()
    {
        for (var tried = 0; tried < Last - First; tried++)
        {
            var port = First + (Interlocked.Increment(ref _next) - First) % (Last - First);
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, port);
                probe.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try the next one.
            }
        }
        throw new InvalidOperationException($"No free port on 127.0.0.1 between {First} and {Last}.");
    }
}
