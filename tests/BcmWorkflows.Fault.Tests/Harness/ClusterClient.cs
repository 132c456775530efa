using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>
/// What an integration or a load balancer does in front of the nodes: requests go round-robin to the nodes that are
/// running, signed in with one bearer token (every node must accept a token another node issued), and a request
/// whose connection a dying node dropped is tried again on another node. Only use <see cref="SendAsync"/> for requests
/// that may safely be repeated (reads, events, acknowledgement links); see <see cref="TryOnceAsync"/> otherwise.
/// </summary>
public sealed class ClusterClient(IReadOnlyList<ServerNode> nodes) : IDisposable
{
    private readonly Dictionary<ServerNode, HttpClient> _clients = nodes.ToDictionary(n => n, n => new HttpClient
    {
        BaseAddress = n.Url,
        Timeout = TimeSpan.FromSeconds(60),
    });
    private int _next;

    /// <summary>Requests that failed because a node went away and were repeated elsewhere.</summary>
    public int Retried => Volatile.Read(ref _retried);

    private int _retried;

    public async Task SignInAsync(string email, string password)
    {
        var login = await TryOnceAsync(nodes[0], HttpMethod.Post, "/api/auth/login", new { email, password });
        var token = login.Json?["accessToken"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Login failed: {(int)login.Status} {login.Json}");
        foreach (var client in _clients.Values) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>The next running node, round-robin.</summary>
    public ServerNode NextNode()
    {
        for (var i = 0; i < nodes.Count * 2; i++)
        {
            var node = nodes[(int)((uint)Interlocked.Increment(ref _next) % nodes.Count)];
            if (node.IsRunning) return node;
        }
        throw new NoNodeRunningException();
    }

    /// <summary>
    /// Sends to the next running node; when the connection fails (a node killed) or no node is up (a restart), tries
    /// again for up to two minutes, as a client facing an outage would.
    /// </summary>
    public async Task<Reply> SendAsync(HttpMethod method, string path, object? body = null)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            try
            {
                return await TryOnceAsync(NextNode(), method, path, body);
            }
            catch (Exception ex) when (DateTime.UtcNow < until && ex is HttpRequestException or TaskCanceledException or NoNodeRunningException)
            {
                Interlocked.Increment(ref _retried);
                await Task.Delay(250);
            }
        }
    }

    /// <summary>One request to one node; a dropped connection surfaces as <see cref="HttpRequestException"/>.</summary>
    public async Task<Reply> TryOnceAsync(ServerNode node, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await _clients[node].SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && text.Length > 0)
            json = JsonNode.Parse(text);
        return new Reply(response.StatusCode, json, text, node.Name);
    }

    /// <summary>A GET that must succeed: its JSON.</summary>
    public async Task<JsonNode> GetOkAsync(string path)
    {
        var reply = await SendAsync(HttpMethod.Get, path);
        return reply.Status == HttpStatusCode.OK && reply.Json is not null
            ? reply.Json
            : throw new InvalidOperationException($"GET {path} on {reply.Node}: {(int)reply.Status} {reply.Text}");
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values) client.Dispose();
    }

    /// <summary>Every node is down (killed, or restarting).</summary>
    public sealed class NoNodeRunningException() : Exception("No node is running.");

    /// <summary>A response, read whole: status, JSON (when it was JSON), text and the node that answered.</summary>
    public sealed record Reply(HttpStatusCode Status, JsonNode? Json, string Text, string Node);
}
