namespace BcmWorkflows.Domain.CallTrees;

/// <summary>
/// One group of a call tree, contacted together: <see cref="Members"/> are member references (<c>person:</c>,
/// <c>role:</c>, <c>orgunit:</c> or a bare person id); <see cref="Channels"/> the channel order for them (empty: each
/// person's own order; opt-outs always apply); <see cref="Quorum"/> <c>All</c>, <c>Any</c> or N; <see cref="Wait"/> how
/// long (ISO 8601) to wait for the quorum before the next wave starts.
/// </summary>
public sealed record CallTreeWave(string Name, IReadOnlyList<string> Members, IReadOnlyList<string> Channels, string Quorum, string Wait);
