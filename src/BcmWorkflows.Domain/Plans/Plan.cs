namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// A business continuity plan for one area: who owns and approves it, which critical processes it recovers, how often
/// it is reviewed. Its content lives in numbered <see cref="PlanRevision"/>s; the fields below
/// <see cref="Language"/> are kept up to date by <see cref="PlanBook"/> so lists and the review cron can filter on them.
/// </summary>
public sealed class Plan
{
    public const int DefaultReviewIntervalMonths = 12;

    public required string Id { get; set; }
    public required string Title { get; set; }
    public string? OrgUnitId { get; set; }
    public string? OwnerPersonId { get; set; }
    /// <summary>Member references (<c>person:</c>, <c>role:</c>, <c>orgunit:</c> or bare person ids) as a JSON array.</summary>
    public string ApproversJson { get; set; } = "[]";
    /// <summary>Linked critical process ids as a JSON array.</summary>
    public string ProcessIdsJson { get; set; } = "[]";
    public int ReviewIntervalMonths { get; set; } = DefaultReviewIntervalMonths;
    /// <summary><c>en</c> or <c>zh-CN</c>: the language of the plan's document.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The latest revision's number; null until the first revision is opened.</summary>
    public int? CurrentRevision { get; set; }
    /// <summary>The latest revision's status.</summary>
    public RevisionStatus? Status { get; set; }
    public int? PublishedRevision { get; set; }
    /// <summary>When a revision was last published (the plan was last reviewed).</summary>
    public DateTimeOffset? LastReviewedAt { get; set; }
    /// <summary><see cref="LastReviewedAt"/> + <see cref="ReviewIntervalMonths"/>; null while nothing is published (a review is due).</summary>
    public DateTimeOffset? NextReviewAt { get; set; }
    /// <summary>Set when a review workflow is started for this plan, cleared when a revision is published.</summary>
    public DateTimeOffset? ReviewStartedAt { get; set; }
    public string? ReviewInstanceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<string> Approvers => JsonColumn.Read<List<string>>(ApproversJson, []);

    public IReadOnlyList<string> ProcessIds => JsonColumn.Read<List<string>>(ProcessIdsJson, []);
}
