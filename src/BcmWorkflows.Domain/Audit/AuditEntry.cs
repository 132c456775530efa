namespace BcmWorkflows.Domain.Audit;

/// <summary>
/// One line of the evidence trail, written in the same transaction as the change it records (never afterwards, so a
/// change without its line cannot exist). Messages and acknowledgements are not copied here: the audit trail reads them
/// from the outbox and acknowledgement records of the workflow instances linked to the subject
/// (<see cref="InstanceSubject"/>).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary><c>kind:id</c>, e.g. <c>incident:0193…</c>; see <see cref="Subjects"/>.</summary>
    public required string Subject { get; set; }

    public DateTimeOffset At { get; set; }
    public AuditKind Kind { get; set; }

    /// <summary>A short machine-readable verb: <c>declared</c>, <c>status:Responding</c>, <c>task:Approved</c>.</summary>
    public required string Action { get; set; }

    /// <summary>Who: a user's email, <c>workflow:{instanceId}</c>, or <c>system</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>One sentence a person reads.</summary>
    public required string Summary { get; set; }

    /// <summary>Details as JSON (the comment, the old and new values), or null.</summary>
    public string? DataJson { get; set; }

    /// <summary>The workflow instance that made the change, when one did.</summary>
    public string? InstanceId { get; set; }
}
