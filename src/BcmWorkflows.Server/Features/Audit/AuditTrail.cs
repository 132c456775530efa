using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Notifications.Acknowledgements;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Audit;

/// <summary>
/// Everything recorded about one subject, in time order: its audit lines, and for every workflow instance linked to
/// it the messages' status changes, the acknowledgements, and the journal steps that said something (activities log
/// a sentence: "3 message(s) queued", "1 of 2 confirmed"). The incident timeline and <c>GET /api/audit</c> both read this.
/// </summary>
public sealed class AuditTrail(BcmDbContext db)
{
    /// <summary>Beyond this many lines the trail is cut (the CSV export asks for more).</summary>
    public const int DefaultLimit = 5_000;

    public async Task<IReadOnlyList<AuditItem>> ReadAsync(string subject, int limit, CancellationToken cancellationToken)
    {
        var items = new List<AuditItem>();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Subject == subject)
            .OrderBy(a => a.Id).Take(limit).ToListAsync(cancellationToken);
        items.AddRange(entries.Select(FromEntry));

        var instances = await db.InstanceSubjects.AsNoTracking().Where(l => l.Subject == subject)
            .Select(l => l.InstanceId).ToListAsync(cancellationToken);
        if (instances.Count > 0)
        {
            items.AddRange(await MessagesAsync(instances, limit, cancellationToken));
            items.AddRange(await AcknowledgementsAsync(instances, limit, cancellationToken));
            items.AddRange(await JournalAsync(instances, cancellationToken));
        }
        // Stable order: time, then source, then the id within the source (which follows insertion).
        return items.OrderBy(i => i.At).ThenBy(i => SourceOrder(i.Source)).ThenBy(i => i.SourceId, StringComparer.Ordinal)
            .Take(limit).ToList();
    }

    private static AuditItem FromEntry(AuditEntry e) => new(
        e.At, e.Kind.ToString(), e.Action, e.Actor, e.Summary, e.InstanceId, "audit", e.Id.ToString("D12", CultureInfo.InvariantCulture),
        e.DataJson is null ? null : JsonNode.Parse(e.DataJson));

    private async Task<IEnumerable<AuditItem>> MessagesAsync(List<string> instances, int limit, CancellationToken cancellationToken)
    {
        var rows = await (
            from change in db.OutboxStatusChanges.AsNoTracking()
            join message in db.OutboxMessages.AsNoTracking() on change.MessageId equals message.Id
            where message.InstanceId != null && instances.Contains(message.InstanceId)
            orderby change.Id
            select new { change.Id, change.At, change.Status, change.Detail, change.ErrorCode, message.InstanceId, message.ActivityId,
                MessageId = message.Id, message.Channel, message.Recipient, message.PersonId, message.TemplateKey })
            .Take(limit).ToListAsync(cancellationToken);
        return rows.Select(r => new AuditItem(
            r.At, nameof(AuditKind.Message), $"message:{r.Status}", Actors.Workflow(r.InstanceId!),
            $"{r.Channel} to {r.Recipient}: {r.Status}{(r.Detail is null ? "" : $" ({r.Detail})")}",
            r.InstanceId, "outbox", r.Id.ToString("D12", CultureInfo.InvariantCulture),
            new JsonObject
            {
                ["messageId"] = r.MessageId, ["activityId"] = r.ActivityId, ["channel"] = r.Channel.ToString(),
                ["recipient"] = r.Recipient, ["personId"] = r.PersonId, ["template"] = r.TemplateKey,
                ["status"] = r.Status.ToString(), ["errorCode"] = r.ErrorCode,
            }));
    }

    private async Task<IEnumerable<AuditItem>> AcknowledgementsAsync(List<string> instances, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.AckRequests.AsNoTracking()
            .Where(a => a.InstanceId != null && instances.Contains(a.InstanceId) && a.Status == AckStatus.Confirmed)
            .OrderBy(a => a.Id).Take(limit)
            .Select(a => new { a.Id, a.InstanceId, a.ActivityId, a.PersonId, a.ConfirmedAt, a.ConfirmedVia, a.Summary })
            .ToListAsync(cancellationToken);
        var names = await PeopleNamesAsync(rows.Select(r => r.PersonId), cancellationToken);
        return rows.Select(r => new AuditItem(
            r.ConfirmedAt!.Value, nameof(AuditKind.Acknowledgement), "acknowledged",
            r.PersonId is null ? "unknown" : $"person:{r.PersonId}",
            $"{(r.PersonId is not null && names.TryGetValue(r.PersonId, out var name) ? name : "Someone")} confirmed by {r.ConfirmedVia}: {r.Summary}",
            r.InstanceId, "acknowledgement", r.Id,
            new JsonObject { ["ackRequestId"] = r.Id, ["activityId"] = r.ActivityId, ["personId"] = r.PersonId, ["via"] = r.ConfirmedVia }));
    }

    private async Task<IEnumerable<AuditItem>> JournalAsync(List<string> instances, CancellationToken cancellationToken)
    {
        var records = await db.WorkflowJournal.AsNoTracking().Where(j => instances.Contains(j.InstanceId))
            .OrderBy(j => j.InstanceId).ThenBy(j => j.FirstSequence).ToListAsync(cancellationToken);
        return records.GroupBy(r => r.InstanceId).SelectMany(g => JournalLines.Read(g)
            .Where(line => line.Message is not null || line.Event is "Faulted" or "Cancelled")
            .Select(line => new AuditItem(
                line.At, nameof(AuditKind.Workflow), $"activity:{line.Event}", Actors.Workflow(g.Key),
                $"{line.ActivityId} ({line.ActivityType}) {line.Event}{(line.Outcome is null ? "" : $" → {line.Outcome}")}{(line.Message is null ? "" : $": {line.Message}")}",
                g.Key, "journal", $"{g.Key}:{line.Sequence:D9}",
                new JsonObject { ["activityId"] = line.ActivityId, ["activityType"] = line.ActivityType, ["event"] = line.Event, ["outcome"] = line.Outcome })));
    }

    private async Task<Dictionary<string, string>> PeopleNamesAsync(IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0) return [];
        return await db.People.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
    }

    private static int SourceOrder(string source) => source switch { "audit" => 0, "journal" => 1, "outbox" => 2, _ => 3 };
}
