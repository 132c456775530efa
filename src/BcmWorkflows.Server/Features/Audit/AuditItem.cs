using System.Text.Json.Nodes;

namespace BcmWorkflows.Server.Features.Audit;

/// <summary>
/// One line of a subject's evidence trail as the API returns it. <c>kind</c> is StateChange, Decision, Message,
/// Acknowledgement or Workflow; <c>source</c> says which record it came from (<c>audit</c>, <c>outbox</c>,
/// <c>acknowledgement</c>, <c>journal</c>) and <c>sourceId</c> its id there.
/// </summary>
public sealed record AuditItem(
    DateTimeOffset At,
    string Kind,
    string Action,
    string Actor,
    string Summary,
    string? InstanceId,
    string Source,
    string SourceId,
    JsonNode? Data);
