namespace BcmWorkflows.Data;

/// <summary>How long engine data is kept (bound from <c>Bcm:Engine:Retention</c>); applied by <see cref="RetentionPurger"/>.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Bcm:Engine:Retention";

    /// <summary>Journal rows of ended instances (Finished, Faulted, Cancelled) older than this are deleted. Default 90 days.</summary>
    public TimeSpan JournalRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Recorded events older than this are deleted (they only matter while a wait is committing). Default 5 minutes.</summary>
    public TimeSpan StimulusRetention { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// When set, ended instances whose last update is older than this are deleted with their journal and
    /// bookmark rows. Default null: instances are kept.
    /// </summary>
    public TimeSpan? FinishedInstanceRetention { get; set; }
}
