using System.Globalization;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// Compares two revisions of a plan section by section, with a line diff inside each (DiffPlex). The structured lists
/// are diffed as one readable line per recovery step or contact, so a changed duration shows as that step's line
/// deleted and inserted. Used by the diff endpoint and by approval tasks (an approver sees what changed).
/// </summary>
public sealed class PlanDiff(IDomainDb db)
{
    /// <summary>
    /// Revision <paramref name="number"/> against <paramref name="against"/> (default: the revision before it; a first
    /// revision is compared with an empty plan, revision 0). 404 for an unknown plan or revision.
    /// </summary>
    public async Task<PlanDiffResult> CompareAsync(string planId, int number, int? against, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken)) throw new DomainNotFoundException("Plan", planId);
        var newer = await LoadAsync(planId, number, cancellationToken);
        var otherNumber = against ?? number - 1;
        var older = otherNumber == 0 && against is null ? new PlanContent() : await LoadAsync(planId, otherNumber, cancellationToken);
        var processNames = await ProcessNamesAsync(newer, older, cancellationToken);
        return Compare(planId, number, otherNumber, older, newer, processNames);
    }

    /// <summary>The pure comparison: <paramref name="older"/> → <paramref name="newer"/>; process ids are shown with their names when known.</summary>
    public static PlanDiffResult Compare(string planId, int number, int against, PlanContent older, PlanContent newer,
        IReadOnlyDictionary<string, string>? processNames = null)
    {
        var oldSections = Sections(older, processNames);
        var newSections = Sections(newer, processNames);
        var sections = newSections.Select((section, i) => DiffSection(section.Name, oldSections[i].Text, section.Text)).ToList();
        return new PlanDiffResult(planId, number, against, sections,
            sections.Where(s => s.Status != SectionStatus.Unchanged).Select(s => s.Section).ToList());
    }

    /// <summary>The sections as the diff sees them: text sections as written, the lists as one line per item.</summary>
    public static IReadOnlyList<(string Name, string Text)> Sections(PlanContent content, IReadOnlyDictionary<string, string>? processNames = null)
    {
        var sections = content.TextSections().Select(s => (s.Section, Normalise(s.Text))).ToList();
        sections.Add(("recoverySteps", string.Join('\n', content.RecoverySteps.Select(s => StepLine(s, processNames)))));
        sections.Add(("contacts", string.Join('\n', content.Contacts.Select(ContactLine))));
        return sections;
    }

    private static SectionDiff DiffSection(string name, string oldText, string newText)
    {
        if (oldText == newText)
            return new SectionDiff(name, SectionStatus.Unchanged, Lines(oldText).Select(l => new DiffLine(DiffLineType.Unchanged, l)).ToList());
        if (oldText.Length == 0) return new SectionDiff(name, SectionStatus.Added, Lines(newText).Select(l => new DiffLine(DiffLineType.Inserted, l)).ToList());
        if (newText.Length == 0) return new SectionDiff(name, SectionStatus.Removed, Lines(oldText).Select(l => new DiffLine(DiffLineType.Deleted, l)).ToList());
        var model = InlineDiffBuilder.Diff(oldText, newText, ignoreWhiteSpace: false);
        var lines = model.Lines.Where(l => l.Type != ChangeType.Imaginary).Select(l => new DiffLine(l.Type switch
        {
            ChangeType.Deleted => DiffLineType.Deleted,
            ChangeType.Inserted or ChangeType.Modified => DiffLineType.Inserted,
            _ => DiffLineType.Unchanged,
        }, l.Text ?? "")).ToList();
        return new SectionDiff(name, SectionStatus.Changed, lines);
    }

    private static string StepLine(RecoveryStep step, IReadOnlyDictionary<string, string>? processNames)
    {
        var process = step.ProcessId is { } id && processNames?.GetValueOrDefault(id) is { } name ? $"{name} ({id})" : step.ProcessId;
        return $"{process}: {step.Step} — {step.Duration}" + (step.OwnerRole is null ? "" : $" — role {step.OwnerRole}");
    }

    private static string ContactLine(PlanContact contact)
    {
        var parts = new[] { contact.Name, contact.Role, contact.Phone, contact.Email }.Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join(" — ", parts) + (contact.External ? " (external)" : "");
    }

    // Line endings and trailing blank lines are not changes a reader cares about.
    private static string Normalise(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n', ' ');

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.Split('\n');

    private async Task<PlanContent> LoadAsync(string planId, int number, CancellationToken cancellationToken)
    {
        var json = await db.PlanRevisions.Where(r => r.PlanId == planId && r.Number == number).Select(r => r.ContentJson).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainNotFoundException("Plan revision", $"{planId}/{number.ToString(CultureInfo.InvariantCulture)}");
        return JsonColumn.Read(json, new PlanContent());
    }

    private async Task<Dictionary<string, string>> ProcessNamesAsync(PlanContent newer, PlanContent older, CancellationToken cancellationToken)
    {
        var ids = newer.RecoverySteps.Concat(older.RecoverySteps).Select(s => s.ProcessId).OfType<string>().Distinct().ToList();
        return await db.CriticalProcesses.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
    }
}
