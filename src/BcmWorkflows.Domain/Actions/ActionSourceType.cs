namespace BcmWorkflows.Domain.Actions;

/// <summary>Where an improvement action comes from (ISO 22301 10.1: nonconformities from incidents, exercises, audits, reviews).</summary>
public enum ActionSourceType
{
    Incident,
    Exercise,
    Audit,
    Review,
}
