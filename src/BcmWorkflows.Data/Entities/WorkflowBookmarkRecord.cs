namespace BcmWorkflows.Data.Entities;

/// <summary>
/// The lookup index of one bookmark of a waiting instance. The full bookmark (with its data) lives in
/// the instance's state; a row exists exactly while the bookmark is in that state.
/// </summary>
public class WorkflowBookmarkRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Type { get; set; } = "";
    public string? Name { get; set; }
    public string? CorrelationId { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
