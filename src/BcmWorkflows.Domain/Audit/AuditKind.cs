namespace BcmWorkflows.Domain.Audit;

/// <summary>What an audit item records; the auditor filters by these.</summary>
public enum AuditKind
{
    /// <summary>A record was created or changed state (incident declared, revision approved, action verified).</summary>
    StateChange,
    /// <summary>A person decided something (a task completed with an outcome and comment).</summary>
    Decision,
    /// <summary>A message was queued, sent, delivered or failed.</summary>
    Message,
    /// <summary>Someone confirmed a message.</summary>
    Acknowledgement,
    /// <summary>A workflow started, finished, faulted or logged a step for this subject.</summary>
    Workflow,
}
