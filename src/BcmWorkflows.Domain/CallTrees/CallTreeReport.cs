namespace BcmWorkflows.Domain.CallTrees;

/// <summary>Who confirmed an activation and when: per wave and per person, with the overall confirmation rate.</summary>
public sealed record CallTreeReport(
    string ActivationId,
    string CallTreeId,
    string? IncidentId,
    string? InstanceId,
    string Status,
    DateTimeOffset At,
    DateTimeOffset? FinishedAt,
    int Total,
    int Confirmed,
    double ConfirmationRate,
    IReadOnlyList<CallTreeReport.Wave> Waves,
    IReadOnlyList<CallTreeReport.Person> People)
{
    public sealed record Wave(int Index, string Name, string Quorum, int Total, int Asked, int Confirmed, double Rate, bool QuorumMet,
        DateTimeOffset? StartedAt, DateTimeOffset? EndedAt);

    /// <summary>
    /// <c>status</c>: Confirmed, Pending or Unreachable (nothing could be sent, or every message failed).
    /// <c>lastMessageStatus</c>: the outbox status of the person's most recent message of this activation (null when none).
    /// </summary>
    public sealed record Person(string PersonId, string? Name, int Wave, string? Channel, string Status, DateTimeOffset? ConfirmedAt, string? Via,
        string? LastMessageStatus = null);
}
