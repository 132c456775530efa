using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>
/// The people at the other end: reads what reached the SMTP catcher, counts each Message-Id (a second copy is a
/// duplicate), and confirms the link of each first copy by <c>POST /ack/{token}</c> on whichever node is running.
/// </summary>
public sealed partial class AckPump(SmtpListener smtp, ClusterClient client) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _copies = new();
    private readonly ConcurrentDictionary<string, HttpStatusCode> _answers = new();
    private readonly ConcurrentDictionary<string, bool> _informational = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    /// <summary>Distinct messages received (by Message-Id) that ask for an acknowledgement.</summary>
    public int Distinct => _copies.Count - _informational.Count;

    /// <summary>Distinct messages without an acknowledgement link (e.g. a call tree's closing report to its activator).</summary>
    public int Informational => _informational.Count;

    /// <summary>Copies beyond the first of each message.</summary>
    public int Duplicates => _copies.Values.Sum(c => c - 1);

    /// <summary>Links confirmed with 200 (first confirmations and "already confirmed").</summary>
    public int Confirmed => _answers.Values.Count(s => s == HttpStatusCode.OK);

    /// <summary>Links answered with anything but 200, by status.</summary>
    public IReadOnlyDictionary<HttpStatusCode, int> Refused =>
        _answers.Values.Where(s => s != HttpStatusCode.OK).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());

    public void Start() => _running = Task.Run(() => RunAsync(_stop.Token));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _running; }
        catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        using var slots = new SemaphoreSlim(8);
        var pending = new List<Task>();
        while (!stop.IsCancellationRequested)
        {
            foreach (var message in smtp.TakeNew())
            {
                var id = message.MessageId ?? Guid.NewGuid().ToString();
                if (_copies.AddOrUpdate(id, 1, (_, n) => n + 1) > 1) continue;
                if (LinkToken().Match(message.TextBody ?? "") is not { Success: true } m)
                {
                    _informational[id] = true; // nothing to confirm: a report, not a request
                    continue;
                }
                var token = m.Groups[1].Value;
                await slots.WaitAsync(stop);
                pending.Add(Task.Run(async () =>
                {
                    try { _answers[token] = (await client.SendAsync(HttpMethod.Post, $"/ack/{token}")).Status; }
                    finally { slots.Release(); }
                }, CancellationToken.None));
            }
            pending.RemoveAll(t => t.IsCompleted);
            await Task.Delay(100, stop);
        }
        await Task.WhenAll(pending);
    }

    [GeneratedRegex(@"/ack/([A-Za-z0-9_\-\.~%]+)")]
    private static partial Regex LinkToken();
}
