namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>
/// Reply codes for a known set of phones, allocated in memory from the open codes read when the batch was made
/// (<see cref="IReplyCodes.BatchAsync"/>). Every code it hands out counts as taken for the rest of the batch, as a
/// staged request would: the caller stages one acknowledgement request per code.
/// </summary>
public sealed class ReplyCodeBatch
{
    private readonly Dictionary<string, HashSet<string>> _used;

    internal ReplyCodeBatch(Dictionary<string, HashSet<string>> used) => _used = used;

    /// <summary>A random free code for <paramref name="phone"/>, which must be one of the batch's phones.</summary>
    public string Allocate(string phone)
    {
        if (!_used.TryGetValue(phone, out var used))
            throw new InvalidOperationException($"Phone {phone} is not in this reply-code batch.");
        var code = ReplyCodeAllocator.Pick(phone, used);
        used.Add(code);
        return code;
    }
}
