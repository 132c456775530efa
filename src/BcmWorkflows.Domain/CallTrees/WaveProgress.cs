namespace BcmWorkflows.Domain.CallTrees;

/// <summary>
/// One wave of an activation as it ran: who it resolved to (count), how many were asked, the acknowledgement key its
/// requests carry (<see cref="AckKey"/>, the sending activity id of the acknowledgement records), when it started and
/// ended, and whether its quorum was met.
/// </summary>
public sealed class WaveProgress
{
    /// <summary>1 for the first wave.</summary>
    public int Index { get; set; }
    public string Name { get; set; } = "";
    public string Quorum { get; set; } = "All";
    public string Wait { get; set; } = "";
    public string AckKey { get; set; } = "";
    /// <summary>The people the wave's members resolved to.</summary>
    public int People { get; set; }
    /// <summary>The people a message with an acknowledgement request went to (unreachable people are not asked).</summary>
    public int Asked { get; set; }
    /// <summary>Earlier waves' non-responders re-notified with this wave.</summary>
    public int Renotified { get; set; }
    public int Confirmed { get; set; }
    public bool? QuorumMet { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
