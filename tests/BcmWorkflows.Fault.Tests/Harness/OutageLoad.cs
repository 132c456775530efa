using System.Collections.Concurrent;
using System.Net;

namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>
/// What clients saw while the database went away: every answer (or dropped connection) by phase, and any answer that
/// was not clean (a 5xx other than a 503 problem, or a 503 without a problem body) kept whole for the failure message.
/// </summary>
public sealed class OutageLoad
{
    private readonly ConcurrentDictionary<(string Phase, string Outcome), int> _counts = new();
    private readonly ConcurrentQueue<string> _unclean = new();

    /// <summary>"before", "outage" (database down) or "after" (database back, node not yet healthy or healthy).</summary>
    public string Phase { get; set; } = "before";

    public IReadOnlyCollection<string> Unclean => _unclean;

    public void Record(ClusterClient.Reply reply, string what)
    {
        var status = (int)reply.Status;
        _counts.AddOrUpdate((Phase, status.ToString()), 1, (_, n) => n + 1);
        var cleanFailure = status == 503 && reply.Json?["status"]?.GetValue<int>() == 503 && reply.Json?["title"] is not null;
        if (status >= 500 && !cleanFailure) _unclean.Enqueue($"{what} in phase {Phase}: {status} {reply.Text[..Math.Min(reply.Text.Length, 400)]}");
    }

    public void RecordConnectionError() => _counts.AddOrUpdate((Phase, "connection error"), 1, (_, n) => n + 1);

    public int Count(string phase) => _counts.Where(c => c.Key.Phase == phase).Sum(c => c.Value);

    /// <summary>"201×12, 503×40" for one phase.</summary>
    public string Describe(string phase) => string.Join(", ", _counts.Where(c => c.Key.Phase == phase).OrderBy(c => c.Key.Outcome, StringComparer.Ordinal)
        .Select(c => $"{c.Key.Outcome}×{c.Value}"));

    public static bool IsConnectionError(Exception ex) => ex is HttpRequestException or TaskCanceledException;

    public static bool IsOk(ClusterClient.Reply reply) => reply.Status is HttpStatusCode.OK or HttpStatusCode.Created;
}
