namespace BcmWorkflows.Server.Scheduling;

/// <summary><c>Bcm:Scheduling</c>: Quartz store and the maintenance sweep.</summary>
public sealed class SchedulingOptions
{
    /// <summary>Quartz's own connection string; defaults to the main database (PostgreSQL) or a <c>-quartz.db</c> file beside it (SQLite).</summary>
    public string? ConnectionString { get; set; }
    /// <summary>How often due timers are swept, stalled instances recovered and retention applied.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>A timer this late that Quartz has not fired is fired by the sweep.</summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>An instance Running without progress this long is resumed by the sweep.</summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>Quartz worker threads.</summary>
    public int MaxConcurrency { get; set; } = 8;
}
