namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>Short SMS reply codes, unique among one phone's open acknowledgement requests.</summary>
public interface IReplyCodes
{
    /// <summary>
    /// A code (two digits, <c>10</c>–<c>99</c>, more digits when those are taken) not used by an open request of
    /// <paramref name="phone"/>: neither one in the database nor one staged in the current unit of work.
    /// </summary>
    Task<string> AllocateAsync(string phone, CancellationToken cancellationToken);
}
