using System.Diagnostics;

namespace BcmWorkflows.Bench;

/// <summary>Runs <c>count</c> operations over <c>clients</c> concurrent tasks and reports the rate.</summary>
public static class Measure
{
    public static async Task<double> RateAsync(int count, int clients, Func<int, Task> operation)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count) await operation(i);
        })));
        return count / watch.Elapsed.TotalSeconds;
    }

    public static long RssBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        return Environment.WorkingSet;
    }

    public static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F0} MB";
}
