namespace BcmWorkflows.Domain.CallTrees;

/// <summary>A call tree as a coordinator sends it (validated by <see cref="CallTreeService.SaveAsync"/>).</summary>
public sealed record CallTreeInput(string? Name, string? Description, string? Template, bool? EscalateNonResponders, IReadOnlyList<WaveInput?>? Waves);
