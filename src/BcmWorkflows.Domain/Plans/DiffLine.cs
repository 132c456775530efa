namespace BcmWorkflows.Domain.Plans;

/// <summary>One line of a section diff.</summary>
public sealed record DiffLine(DiffLineType Type, string Text);
