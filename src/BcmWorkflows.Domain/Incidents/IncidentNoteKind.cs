namespace BcmWorkflows.Domain.Incidents;

/// <summary>A person's entry on an incident's timeline: an observation (<c>Note</c>) or a decision taken (<c>Decision</c>).</summary>
public enum IncidentNoteKind
{
    Note,
    Decision,
}
