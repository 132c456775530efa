using System.Net;
using System.Text;

namespace BcmWorkflows.Server.Tests.Fuzz;

/// <summary>
/// Counts what one kind of fuzzed input got back, and collects violations (a 5xx, or a rejected request that changed
/// what is stored) instead of stopping at the first, so one run reports them all.
/// </summary>
public sealed class FuzzTally(string kind)
{
    private readonly SortedDictionary<int, int> _statuses = [];
    private readonly List<string> _violations = [];

    public int Requests { get; private set; }

    public int Rejected => _statuses.Where(s => s.Key is >= 400 and < 500).Sum(s => s.Value);

    public IReadOnlyList<string> Violations => _violations;

    /// <summary>Records one answer; <paramref name="storeChanged"/> is whether the fingerprint moved across the request.</summary>
    public void Record(HttpStatusCode status, bool storeChanged, string what, string answer)
    {
        Requests++;
        var code = (int)status;
        _statuses[code] = _statuses.GetValueOrDefault(code) + 1;
        if (code >= 500) _violations.Add($"{code} for {what}: {Shorten(answer)}");
        else if (code >= 400 && storeChanged) _violations.Add($"{code} but the store changed for {what}: {Shorten(answer)}");
    }

    /// <summary>Records a broken expectation other than a 5xx or a stored change (e.g. an unsigned webhook that was not refused).</summary>
    public void Violation(string message) => _violations.Add(message);

    /// <summary><c>fuzz definitions seed=… requests=… rejected=… statuses: 200×3 400×480 …</c></summary>
    public string Summary()
    {
        var statuses = new StringBuilder();
        foreach (var (code, count) in _statuses) statuses.Append($" {code}x{count}");
        return $"fuzz {kind} seed={FuzzSettings.Seed} requests={Requests} rejected={Rejected} violations={_violations.Count} statuses:{statuses}";
    }

    /// <summary>Fails with every violation (the first twenty) when there are any.</summary>
    public void AssertClean()
    {
        if (_violations.Count == 0) return;
        throw new Xunit.Sdk.XunitException($"{Summary()}\n  rerun with BCM_FUZZ_SEED={FuzzSettings.Seed}\n  " +
            string.Join("\n  ", _violations.Take(20)));
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
