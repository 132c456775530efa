using System.Diagnostics;

namespace BcmWorkflows.Notifications.Tests.Support;

/// <summary>
/// Counts the SQL commands EF Core executes within the async flow of <see cref="CountAsync"/> (other tests running in
/// parallel are not counted): how many database round trips a piece of work costs. Listens to EF Core's diagnostic
/// events for the whole test run.
/// </summary>
public static class SqlCommandCounter
{
    private static readonly AsyncLocal<Box?> Current = new();
    private static readonly Observer Listener = new();
    private static readonly IDisposable Subscription = DiagnosticListener.AllListeners.Subscribe(Listener);
    // EF Core caches "nobody listens to command events" for up to a second per context: let such a cache run out.
    private static readonly Task Ready = Task.Delay(TimeSpan.FromSeconds(1.2));

    /// <summary>Runs <paramref name="work"/> and returns the number of commands it executed.</summary>
    public static async Task<int> CountAsync(Func<Task> work)
    {
        GC.KeepAlive(Subscription);
        await Ready;
        var box = new Box();
        Current.Value = box;
        try
        {
            await work();
        }
        finally
        {
            Current.Value = null;
        }
        return box.Count;
    }

    private sealed class Observer : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.EntityFrameworkCore") value.Subscribe(this);
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted" && Current.Value is { } box)
                Interlocked.Increment(ref box.Count);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class Box
    {
        public int Count;
    }
}
