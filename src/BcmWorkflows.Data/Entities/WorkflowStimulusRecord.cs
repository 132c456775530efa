namespace BcmWorkflows.Data.Entities;

/// <summary>
/// A raised event, kept for a short while so that an instance that was committing its wait when the
/// event arrived still receives it (see <c>RetentionOptions.StimulusRetention</c>).
/// </summary>
public class WorkflowStimulusRecord
{
    public long Id { get; set; }
    public string EventName { get; set; } = "";
    public string? CorrelationId { get; set; }
    public string? PayloadJson { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
