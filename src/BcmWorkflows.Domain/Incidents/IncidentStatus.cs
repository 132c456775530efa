namespace BcmWorkflows.Domain.Incidents;

/// <summary>
/// Where an incident is. The order of the values is the order of progress: a status only moves forward (skipping is
/// allowed), and Closed is final.
/// </summary>
public enum IncidentStatus
{
    Declared = 0,
    Responding = 1,
    Recovering = 2,
    Closed = 3,
}
