namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// One version of a plan's content, numbered 1, 2, ... per plan. It moves through <see cref="RevisionStateMachine"/>;
/// its content can be edited only while Draft or Returned. <see cref="HistoryJson"/> keeps every status change with
/// who made it and the comment, for the document and the inbox; the audit trail keeps the same on <c>plan:{id}</c>.
/// </summary>
public sealed class PlanRevision
{
    public required string Id { get; set; }
    public required string PlanId { get; set; }
    public int Number { get; set; }
    public RevisionStatus Status { get; set; } = RevisionStatus.Draft;
    /// <summary><see cref="PlanContent"/> as JSON.</summary>
    public string ContentJson { get; set; } = "{}";
    /// <summary>The comment of the last status change (why it was returned, what the approver said).</summary>
    public string? Comment { get; set; }
    /// <summary><see cref="RevisionEvent"/>s as a JSON array, oldest first.</summary>
    public string HistoryJson { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset StatusChangedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public int Version { get; set; }

    public PlanContent Content
    {
        get => JsonColumn.Read(ContentJson, new PlanContent());
        set => ContentJson = JsonColumn.Write(value);
    }

    public IReadOnlyList<RevisionEvent> History => JsonColumn.Read<List<RevisionEvent>>(HistoryJson, []);

    internal void AddHistory(RevisionEvent entry) => HistoryJson = JsonColumn.Write(History.Append(entry).ToList());
}
