namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// Revision <see cref="Revision"/> compared with <see cref="Against"/>, every section in document order;
/// <see cref="ChangedSections"/> names the sections that are not Unchanged.
/// </summary>
public sealed record PlanDiffResult(string PlanId, int Revision, int Against, IReadOnlyList<SectionDiff> Sections, IReadOnlyList<string> ChangedSections);
