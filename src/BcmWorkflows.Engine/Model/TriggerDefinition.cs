using System.Text.Json;
using System.Text.Json.Serialization;

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
    public string? Description { get; set; }

    /// <summary>Fields this server does not know: kept and returned as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
