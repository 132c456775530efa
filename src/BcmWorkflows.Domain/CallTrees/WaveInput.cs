namespace BcmWorkflows.Domain.CallTrees;

/// <summary>One wave as sent; <see cref="Quorum"/> is the text of <c>All</c>, <c>Any</c> or a number.</summary>
public sealed record WaveInput(string? Name, IReadOnlyList<string>? Members, IReadOnlyList<string>? Channels, string? Quorum, string? Wait);
