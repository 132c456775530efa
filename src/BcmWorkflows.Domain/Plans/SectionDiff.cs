namespace BcmWorkflows.Domain.Plans;

/// <summary>The diff of one section (<c>objectives</c>, ..., <c>recoverySteps</c>, <c>contacts</c>), line by line.</summary>
public sealed record SectionDiff(string Section, SectionStatus Status, IReadOnlyList<DiffLine> Lines);
