namespace BcmWorkflows.Data;

/// <summary>
/// Process-wide async mutual exclusion per key (one <see cref="SemaphoreSlim"/> per key, dropped when
/// nobody holds or waits for it). On SQLite this is the per-instance and per-definition lock: the
/// database has one writer anyway, and a server on SQLite is a single process.
/// </summary>
internal static class KeyedLock
{
    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal);

    public static async ValueTask<Releaser> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (Entries)
        {
            if (!Entries.TryGetValue(key, out entry!)) Entries[key] = entry = new Entry();
            entry.References++;
        }
        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Drop(key, entry);
            throw;
        }
        return new Releaser(key, entry);
    }

    /// <summary>Whether anybody holds or waits for <paramref name="key"/> (entries must not leak).</summary>
    internal static bool InUse(string key)
    {
        lock (Entries) return Entries.ContainsKey(key);
    }

    private static void Drop(string key, Entry entry)
    {
        lock (Entries)
        {
            if (--entry.References == 0) Entries.Remove(key);
        }
    }

    internal sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int References;
    }

    /// <summary>Releases the key once (further calls do nothing).</summary>
    public sealed class Releaser : IDisposable
    {
        private readonly string _key;
        private Entry? _entry;

        internal Releaser(string key, Entry entry)
        {
            _key = key;
            _entry = entry;
        }

        public void Dispose()
        {
            var entry = Interlocked.Exchange(ref _entry, null);
            if (entry is null) return;
            entry.Gate.Release();
            Drop(_key, entry);
        }
    }
}
