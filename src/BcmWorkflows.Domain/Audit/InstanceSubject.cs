namespace BcmWorkflows.Domain.Audit;

/// <summary>
/// "This workflow instance works on this subject": the messages, acknowledgements and journal of linked instances
/// appear in the subject's audit trail (an incident's timeline shows the pages its escalation workflow sent).
/// </summary>
public sealed class InstanceSubject
{
    public required string InstanceId { get; set; }
    public required string Subject { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
}
