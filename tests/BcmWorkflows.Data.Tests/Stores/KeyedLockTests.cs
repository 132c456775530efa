namespace BcmWorkflows.Data.Tests.Stores;

public sealed class KeyedLockTests
{
    [Fact]
    public async Task One_holder_per_key_and_no_entry_left_behind()
    {
        var key = $"test:{Guid.NewGuid():N}";
        var inside = 0;
        var most = 0;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            using var gate = await KeyedLock.AcquireAsync(key, default);
            most = Math.Max(most, Interlocked.Increment(ref inside));
            await Task.Delay(2);
            Interlocked.Decrement(ref inside);
        })));
        Assert.Equal(1, most);
        Assert.False(KeyedLock.InUse(key));
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_no_entry_behind()
    {
        var key = $"test:{Guid.NewGuid():N}";
        var holder = await KeyedLock.AcquireAsync(key, default);
        using var cancel = new CancellationTokenSource(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await KeyedLock.AcquireAsync(key, cancel.Token));
        Assert.True(KeyedLock.InUse(key));
        holder.Dispose();
        holder.Dispose();
        Assert.False(KeyedLock.InUse(key));
        using var again = await KeyedLock.AcquireAsync(key, default);
    }
}
