namespace BcmWorkflows.Data.Entities;

/// <summary>
/// A trigger of the currently published version of a definition (rows are replaced on publish and
/// removed on retract), so that events and the cron scheduler find what to start without parsing definitions.
/// </summary>
public class WorkflowTriggerRecord
{
    public long Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    /// <summary><c>Event</c> or <c>Cron</c>.</summary>
    public string Type { get; set; } = "";
    public string? EventName { get; set; }
    /// <summary>6-field Quartz cron expression (seconds first) of a <c>Cron</c> trigger.</summary>
    public string? CronExpression { get; set; }
    /// <summary>Position in the definition's trigger list (stable job keys for the scheduler).</summary>
    public int Index { get; set; }
}
