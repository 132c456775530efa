namespace BcmWorkflows.Domain.Incidents;

/// <summary>The engine events the incident records raise (names shared with the workflows).</summary>
public static class IncidentEvents
{
    /// <summary>Raised when an incident is declared; correlation = incident id; payload { incidentId, title, category, subcategory, severity, description, declaredBy }.</summary>
    public const string Declared = "incident.declared";

    /// <summary>Raised after an incident's status changed through the API; correlation = incident id.</summary>
    public const string Changed = "bcm.incident.changed";
}
