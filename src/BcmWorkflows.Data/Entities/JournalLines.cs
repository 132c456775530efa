using System.Text.Json;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;

namespace BcmWorkflows.Data.Entities;

/// <summary>Burst rows to and from their events.</summary>
public static class JournalLines
{
    /// <summary>One row for a burst's entries of one instance (in sequence order), or null when there are none.</summary>
    public static WorkflowJournalRecord? ToRecord(string instanceId, IReadOnlyList<JournalEntry> entries)
    {
        if (entries.Count == 0) return null;
        var lines = entries.Select(e => new JournalLine(e.Sequence, e.At, e.ActivityId, e.ActivityType, e.Event, e.Outcome, e.Message)).ToList();
        return new WorkflowJournalRecord
        {
            InstanceId = instanceId,
            FirstSequence = lines.Min(l => l.Sequence),
            LastSequence = lines.Max(l => l.Sequence),
            // The latest event, so that retention never drops a burst while part of it is still young.
            At = lines.Max(l => l.At),
            EntriesJson = JsonSerializer.Serialize(lines, WorkflowJson.Options),
        };
    }

    /// <summary>One row per instance with entries in the burst (children journal under their own id).</summary>
    public static IEnumerable<WorkflowJournalRecord> ToRecords(IEnumerable<JournalEntry> entries) =>
        entries.GroupBy(e => e.InstanceId, StringComparer.Ordinal)
            .Select(g => ToRecord(g.Key, g.OrderBy(e => e.Sequence).ToList())!);

    /// <summary>The events of the given rows, ordered by sequence.</summary>
    public static List<JournalLine> Read(IEnumerable<WorkflowJournalRecord> records) =>
        records.SelectMany(r => JsonSerializer.Deserialize<List<JournalLine>>(r.EntriesJson, WorkflowJson.Options) ?? [])
            .OrderBy(l => l.Sequence).ToList();
}
