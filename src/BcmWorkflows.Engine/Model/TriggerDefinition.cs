namespace BcmWorkflows.Engine.Model;

/// <summary>
/// Starts the published version of a workflow: <c>Event</c> when <see cref="EventName"/> is raised,
/// <c>Cron</c> on a 6-field Quartz schedule in <see cref="Expression"/> (seconds first).
/// </summary>
public sealed class TriggerDefinition
{
    public const string EventType = "Event";
    public const string CronType = "Cron";

    public string Type { get; set; } = "";
    public string? EventName { get; set; }
    public string? Expression { get; set; }
}
