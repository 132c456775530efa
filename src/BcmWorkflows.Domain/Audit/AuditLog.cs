using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Audit;

/// <summary>
/// Stages audit lines and instance links in the scoped unit of work; the caller saves (a request handler) or the burst
/// commits (an activity), so the line and the change it records are one transaction.
/// </summary>
public sealed class AuditLog(IDomainDb db, TimeProvider clock)
{
    public AuditEntry Record(string subject, AuditKind kind, string action, string actor, string summary, JsonNode? data = null, string? instanceId = null)
    {
        var entry = new AuditEntry
        {
            Subject = subject,
            At = clock.GetUtcNow(),
            Kind = kind,
            Action = action,
            Actor = actor,
            Summary = summary,
            DataJson = data?.ToJsonString(JsonOptions),
            InstanceId = instanceId,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Links a workflow instance to a subject once (repeated links are ignored).</summary>
    public async Task LinkAsync(string subject, string instanceId, CancellationToken cancellationToken)
    {
        if (db.InstanceSubjects.Local.Any(l => l.InstanceId == instanceId && l.Subject == subject)) return;
        if (await db.InstanceSubjects.AnyAsync(l => l.InstanceId == instanceId && l.Subject == subject, cancellationToken)) return;
        db.InstanceSubjects.Add(new InstanceSubject { InstanceId = instanceId, Subject = subject, LinkedAt = clock.GetUtcNow() });
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
