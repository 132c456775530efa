namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>Short SMS reply codes, unique among one phone's open acknowledgement requests.</summary>
public interface IReplyCodes
{
    /// <summary>
    /// A code (two digits, <c>10</c>–<c>99</c>, more digits when those are taken) not used by an open request of
    /// <paramref name="phone"/>: neither one in the database nor one staged in the current unit of work.
    /// </summary>
    Task<string> AllocateAsync(string phone, CancellationToken cancellationToken);

    /// <summary>
    /// The same rule for many phones at once: reads the open codes of all <paramref name="phones"/> up front (stored and
    /// staged) so that each <see cref="ReplyCodeBatch.Allocate"/> costs no query. For one composition: requests staged in
    /// the unit of work after this call by anything other than the batch's own allocations are not seen by it.
    /// </summary>
    Task<ReplyCodeBatch> BatchAsync(IEnumerable<string> phones, CancellationToken cancellationToken);
}
